package com.algotrading.data.stream;

import com.algotrading.data.bars.PublishedBarListener;
import com.algotrading.data.candlestore.BarStore;
import com.algotrading.data.candlestore.PublishedBar;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Set;

/**
 * Fans published bars out to bar-stream subscribers. Publishing only queues the bar for each subscriber's own
 * sender; a client that falls too far behind is dropped (it resumes with Last-Event-ID).
 */
@Component
class BarBroadcaster implements PublishedBarListener {

    private final Subscribers<BarSubscriber> subscribers;
    private final BarStore store;

    BarBroadcaster(BarStore store, StreamProperties properties, MeterRegistry meters) {
        this.store = store;
        this.subscribers = new Subscribers<>(properties.heartbeat());
        Gauge.builder("SseSubscribers", subscribers, Subscribers::size).tag("stream", "bars")
                .description("clients of the bar stream").register(meters);
    }

    /**
     * Subscribes a client to these instruments. With {@code lastEventId} it first gets every bar published after
     * that id, from storage, then live bars; without, live bars only.
     */
    SseEmitter subscribe(Set<Integer> instrumentIds, Long lastEventId) {
        SseEmitter emitter = new SseEmitter(0L);
        BarSubscriber subscriber = new BarSubscriber(emitter, instrumentIds,
                lastEventId == null ? 0 : lastEventId, lastEventId != null);
        subscribers.add(emitter, subscriber);
        if (lastEventId != null) {
            store.publishedSince(lastEventId, instrumentIds, subscriber::replayed);
            subscriber.replayDone();
        }
        return emitter;
    }

    @Override
    public void published(PublishedBar bar) {
        subscribers.offer(subscriber -> !subscriber.wants(bar) || subscriber.live(bar));
    }

    /**
     * Ends the open streams as soon as the service starts to stop, before the web server's graceful shutdown
     * (which would otherwise wait its whole phase for them).
     */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        subscribers.close();
    }
}
