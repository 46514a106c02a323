package com.algotrading.data.stream;

import com.algotrading.data.bars.BarStore;
import com.algotrading.data.bars.PublishedBar;
import com.algotrading.data.bars.PublishedBarListener;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Fans published bars out to SSE subscribers and keeps idle streams alive with heartbeats. Publishing only queues
 * the bar for each subscriber's own sender; a client that falls too far behind is dropped (it resumes with
 * Last-Event-ID).
 */
@Component
class BarBroadcaster implements PublishedBarListener, DisposableBean {

    private final Set<BarSubscriber> subscribers = new CopyOnWriteArraySet<>();
    private final BarStore store;
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("sse-heartbeat").daemon().factory());

    BarBroadcaster(BarStore store, StreamProperties properties) {
        this.store = store;
        long period = properties.heartbeat().toMillis();
        heartbeats.scheduleAtFixedRate(this::heartbeat, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Subscribes a client to these instruments. With {@code lastEventId} it first gets every bar published after
     * that id, from storage, then live bars; without, live bars only.
     */
    SseEmitter subscribe(Set<Integer> instrumentIds, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(0L);
        BarSubscriber subscriber = new BarSubscriber(emitter, instrumentIds,
                lastEventId == null ? 0 : lastEventId, lastEventId != null);
        emitter.onCompletion(() -> forget(subscriber));
        emitter.onError(error -> forget(subscriber));
        subscriber.connected();
        subscribers.add(subscriber);
        if (lastEventId != null) {
            store.publishedSince(lastEventId, instrumentIds, subscriber::replayed);
            subscriber.replayDone();
        }
        return emitter;
    }

    @Override
    public void published(PublishedBar bar) {
        for (BarSubscriber subscriber : subscribers) {
            if (subscriber.wants(bar) && !subscriber.live(bar)) {
                forget(subscriber);
            }
        }
    }

    private void heartbeat() {
        for (BarSubscriber subscriber : subscribers) {
            if (!subscriber.heartbeat()) {
                forget(subscriber);
            }
        }
    }

    private void forget(BarSubscriber subscriber) {
        subscribers.remove(subscriber);
        subscriber.close();
    }

    @Override
    public void destroy() {
        heartbeats.shutdownNow();
        subscribers.forEach(this::forget);
    }
}
