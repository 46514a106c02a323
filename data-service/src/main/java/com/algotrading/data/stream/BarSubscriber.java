package com.algotrading.data.stream;

import com.algotrading.data.bars.PublishedBar;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One SSE client. While its missed bars are replayed from storage, live bars wait in {@code pending}; afterwards
 * anything at or below the last sent id is skipped, so the hand-over from storage to live has no gap and no
 * duplicate.
 */
final class BarSubscriber {

    private final SseEmitter emitter;
    private final Set<Integer> instrumentIds;
    private final List<PublishedBar> pending = new ArrayList<>();
    private boolean replaying;
    private long lastSent;
    private boolean gone;

    BarSubscriber(SseEmitter emitter, Set<Integer> instrumentIds, long lastSent, boolean replaying) {
        this.emitter = emitter;
        this.instrumentIds = instrumentIds;
        this.lastSent = lastSent;
        this.replaying = replaying;
    }

    boolean wants(PublishedBar bar) {
        return instrumentIds.contains(bar.instrumentId());
    }

    Set<Integer> instrumentIds() {
        return instrumentIds;
    }

    /** A live bar: sent now, or held until the replay ends. Returns false once the client has gone. */
    synchronized boolean live(PublishedBar bar) {
        if (replaying) {
            pending.add(bar);
            return !gone;
        }
        return send(bar);
    }

    /** A stored bar the client missed. */
    synchronized boolean replayed(PublishedBar bar) {
        return send(bar);
    }

    /** Ends the replay: the held live bars follow, minus any the replay already sent. */
    synchronized void replayDone() {
        replaying = false;
        pending.forEach(this::send);
        pending.clear();
    }

    synchronized boolean heartbeat() {
        return emit(SseEmitter.event().comment("heartbeat"));
    }

    /** The first line of a stream, so the client sees the response (headers are sent with the first write). */
    synchronized void connected() {
        emit(SseEmitter.event().comment("connected"));
    }

    private boolean send(PublishedBar bar) {
        if (bar.seq() <= lastSent) {
            return !gone;
        }
        lastSent = bar.seq();
        return emit(SseEmitter.event().id(Long.toString(bar.seq())).name("bar")
                .data(BarEvent.of(bar), MediaType.APPLICATION_JSON));
    }

    private boolean emit(SseEmitter.SseEventBuilder event) {
        if (gone) {
            return false;
        }
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException e) {
            gone = true;
            emitter.completeWithError(e);
            return false;
        }
    }
}
