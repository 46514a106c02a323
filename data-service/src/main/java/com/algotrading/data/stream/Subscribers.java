package com.algotrading.data.stream;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The open clients of one stream. A client is forgotten when its stream ends or it has gone; idle streams get a
 * heartbeat comment so proxies keep them open.
 */
final class Subscribers<S extends Subscriber> implements AutoCloseable {

    private final Set<S> open = new CopyOnWriteArraySet<>();
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sse-heartbeat").daemon().factory());

    Subscribers(Duration heartbeat) {
        long period = heartbeat.toMillis();
        heartbeats.scheduleAtFixedRate(() -> offer(subscriber -> subscriber.comment("heartbeat")), period, period,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Adds a client writing to this emitter. Its stream opens with a {@code :connected} comment, so the client sees
     * the response at once (headers go out with the first write).
     */
    void add(SseEmitter emitter, S subscriber) {
        emitter.onCompletion(() -> forget(subscriber));
        emitter.onError(error -> forget(subscriber));
        subscriber.comment("connected");
        open.add(subscriber);
    }

    /** Offers something to every client; one that answers false has gone and is forgotten. */
    void offer(Predicate<S> delivered) {
        for (S subscriber : open) {
            if (!delivered.test(subscriber)) {
                forget(subscriber);
            }
        }
    }

    private void forget(S subscriber) {
        open.remove(subscriber);
        subscriber.close();
    }

    @Override
    public void close() {
        heartbeats.shutdownNow();
        open.forEach(this::forget);
    }
}
