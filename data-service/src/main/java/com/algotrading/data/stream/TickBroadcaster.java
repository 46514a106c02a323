package com.algotrading.data.stream;

import com.algotrading.data.bars.LiveTick;
import com.algotrading.data.bars.LiveTickListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Set;

/**
 * Fans live ticks out to tick-stream subscribers. It runs on the feed's thread, so it only swaps the tick into each
 * subscriber's conflating buffer; each subscriber's own sender writes it.
 */
@Component
class TickBroadcaster implements LiveTickListener {

    private final Subscribers<TickSubscriber> subscribers;

    TickBroadcaster(StreamProperties properties, MeterRegistry meters) {
        this.subscribers = new Subscribers<>(properties.heartbeat());
        Gauge.builder("SseSubscribers", subscribers, Subscribers::size).tag("stream", "ticks")
                .description("clients of the tick stream").register(meters);
    }

    /** Subscribes a client to the live ticks of these instruments; there is nothing to resume, so no event ids. */
    SseEmitter subscribe(Set<Integer> instrumentIds) {
        SseEmitter emitter = new SseEmitter(0L);
        subscribers.add(emitter, new TickSubscriber(emitter, instrumentIds));
        return emitter;
    }

    @Override
    public void ticked(LiveTick tick) {
        subscribers.offer(subscriber -> !subscriber.wants(tick) || subscriber.latest(tick));
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
