package com.algotrading.data.stream;

import com.algotrading.data.bars.PublishedBar;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One SSE client, written to by its own virtual thread so a slow client never holds up the bar writer or other
 * clients. A client that falls {@value #MAX_QUEUED} events behind is disconnected; it resumes from storage with
 * Last-Event-ID. While its missed bars are replayed, live bars wait in {@code pending}; the sender skips anything
 * at or below the last id it sent, so the hand-over from storage to live has no gap and no duplicate.
 */
final class BarSubscriber {

    static final int MAX_QUEUED = 10_000;

    /** What the sender thread writes. */
    private sealed interface Outgoing permits BarOut, CommentOut {
    }

    private record BarOut(PublishedBar bar) implements Outgoing {
    }

    private record CommentOut(String text) implements Outgoing {
    }

    private final SseEmitter emitter;
    private final Set<Integer> instrumentIds;
    private final BlockingQueue<Outgoing> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
    private final List<PublishedBar> pending = new ArrayList<>();
    private final Thread sender;
    private boolean replaying;
    private long lastSent;
    private volatile boolean gone;

    BarSubscriber(SseEmitter emitter, Set<Integer> instrumentIds, long lastSent, boolean replaying) {
        this.emitter = emitter;
        this.instrumentIds = instrumentIds;
        this.lastSent = lastSent;
        this.replaying = replaying;
        this.sender = Thread.ofVirtual().name("sse-subscriber").start(this::send);
    }

    boolean wants(PublishedBar bar) {
        return instrumentIds.contains(bar.instrumentId());
    }

    /** A live bar: queued now, or held until the replay ends. Returns false once the client has gone. */
    synchronized boolean live(PublishedBar bar) {
        if (replaying) {
            pending.add(bar);
            return !gone;
        }
        return enqueue(new BarOut(bar));
    }

    /** A stored bar the client missed. */
    boolean replayed(PublishedBar bar) {
        return enqueue(new BarOut(bar));
    }

    /** Ends the replay: the held live bars follow. */
    synchronized void replayDone() {
        replaying = false;
        pending.forEach(bar -> enqueue(new BarOut(bar)));
        pending.clear();
    }

    boolean heartbeat() {
        return enqueue(new CommentOut("heartbeat"));
    }

    /** The first line of a stream, so the client sees the response (headers go out with the first write). */
    void connected() {
        enqueue(new CommentOut("connected"));
    }

    /** Stops the sender; called when the client or the server ends the stream. */
    void close() {
        gone = true;
        sender.interrupt();
    }

    private boolean enqueue(Outgoing event) {
        if (!gone && !queue.offer(event)) {
            gone = true;
            emitter.completeWithError(new IllegalStateException("client fell " + MAX_QUEUED + " events behind"));
        }
        return !gone;
    }

    private void send() {
        try {
            while (!gone) {
                switch (queue.take()) {
                    case BarOut(PublishedBar bar) -> sendBar(bar);
                    case CommentOut(String text) -> emitter.send(SseEmitter.event().comment(text));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | IllegalStateException e) {
            gone = true;
            emitter.completeWithError(e);
        }
    }

    private void sendBar(PublishedBar bar) throws IOException {
        if (bar.seq() > lastSent) {
            lastSent = bar.seq();
            emitter.send(SseEmitter.event().id(Long.toString(bar.seq())).name("bar")
                    .data(BarEvent.of(bar), MediaType.APPLICATION_JSON));
        }
    }
}
