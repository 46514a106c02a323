package com.algotrading.data.stream;

import com.algotrading.data.bars.LiveTick;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One tick-stream client. Its buffer holds at most the newest unsent tick of each instrument it asked for, and one
 * comment: a tick replaces the one still waiting for its instrument, so a client that falls behind skips to the
 * latest price instead of queueing stale ones (a last-price display wants the newest price, not every tick), and
 * the publisher never waits for it. Instruments are sent in the order they started waiting, so a busy instrument
 * cannot starve a quiet one.
 */
final class TickSubscriber implements Subscriber {

    private final Set<Integer> instrumentIds;
    private final Map<Integer, LiveTick> unsent = new LinkedHashMap<>();
    private final SseSender sender;
    private String comment;

    TickSubscriber(SseEmitter emitter, Set<Integer> instrumentIds) {
        this.instrumentIds = instrumentIds;
        this.sender = new SseSender(emitter, this::next);
    }

    boolean wants(LiveTick tick) {
        return instrumentIds.contains(tick.instrumentId());
    }

    /** Buffers the tick in place of its instrument's unsent one. Returns false once the client has gone. */
    synchronized boolean latest(LiveTick tick) {
        if (sender.gone()) {
            return false;
        }
        unsent.put(tick.instrumentId(), tick);
        notifyAll();
        return true;
    }

    /** A comment still waiting makes another one pointless: either tells the client the stream is alive. */
    @Override
    public synchronized boolean comment(String text) {
        if (sender.gone()) {
            return false;
        }
        if (comment == null) {
            comment = text;
            notifyAll();
        }
        return true;
    }

    @Override
    public void close() {
        sender.close();
    }

    private synchronized SseEmitter.SseEventBuilder next() throws InterruptedException {
        while (comment == null && unsent.isEmpty()) {
            wait();
        }
        if (comment != null) {
            SseEmitter.SseEventBuilder event = SseEmitter.event().comment(comment);
            comment = null;
            return event;
        }
        Iterator<LiveTick> oldest = unsent.values().iterator();
        LiveTick tick = oldest.next();
        oldest.remove();
        return SseEmitter.event().name("tick").data(TickEvent.of(tick), MediaType.APPLICATION_JSON);
    }
}
