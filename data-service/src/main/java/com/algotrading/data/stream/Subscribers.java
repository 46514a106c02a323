package com.algotrading.data.stream;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The open clients of one stream. A client is forgotten when its stream ends or it has gone; idle streams get a
 * heartbeat comment so proxies keep them open. Closing ends every open stream from the server's side: its client
 * sees the response end, and the web server's graceful shutdown no longer waits for a stream that never would.
 */
final class Subscribers<S extends Subscriber> implements AutoCloseable {

    private final Map<S, SseEmitter> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sse-heartbeat").daemon().factory());
    private volatile boolean closed;

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
        open.put(subscriber, emitter);
        if (closed) {
            // arrived while the service was stopping, after the others were ended
            close();
        }
    }

    int size() {
        return open.size();
    }

    /** Offers something to every client; one that answers false has gone and is forgotten. */
    void offer(Predicate<S> delivered) {
        for (S subscriber : open.keySet()) {
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
        closed = true;
        heartbeats.shutdownNow();
        open.forEach((subscriber, emitter) -> {
            forget(subscriber);
            emitter.complete();
        });
    }
}
