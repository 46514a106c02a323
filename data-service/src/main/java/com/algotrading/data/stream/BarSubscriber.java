package com.algotrading.data.stream;

import com.algotrading.data.candlestore.PublishedBar;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * One bar-stream client. A client that falls {@value #MAX_QUEUED} events behind is disconnected; it resumes from
 * storage with Last-Event-ID. While its missed bars are replayed, live bars wait in {@code pending}; the sender
 * skips anything at or below the last id it sent, so the hand-over from storage to live has no gap and no duplicate.
 */
final class BarSubscriber implements Subscriber {

    static final int MAX_QUEUED = 10_000;

    /** What the sender thread writes. */
    private sealed interface Outgoing permits BarOut, CommentOut {
    }

    private record BarOut(PublishedBar bar) implements Outgoing {
    }

    private record CommentOut(String text) implements Outgoing {
    }

    private final Set<Integer> instrumentIds;
    private final BlockingQueue<Outgoing> queue = new LinkedBlockingQueue<>(MAX_QUEUED);
    private final List<PublishedBar> pending = new ArrayList<>();
    private final SseSender sender;
    private boolean replaying;
    private long lastSent;

    BarSubscriber(SseEmitter emitter, Set<Integer> instrumentIds, long lastSent, boolean replaying) {
        this.instrumentIds = instrumentIds;
        this.lastSent = lastSent;
        this.replaying = replaying;
        this.sender = new SseSender(emitter, this::next);
    }

    boolean wants(PublishedBar bar) {
        return instrumentIds.contains(bar.instrumentId());
    }

    /** A live bar: queued now, or held until the replay ends. Returns false once the client has gone. */
    synchronized boolean live(PublishedBar bar) {
        if (replaying) {
            pending.add(bar);
            return !sender.gone();
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

    @Override
    public boolean comment(String text) {
        return enqueue(new CommentOut(text));
    }

    @Override
    public void close() {
        sender.close();
    }

    private boolean enqueue(Outgoing event) {
        if (!sender.gone() && !queue.offer(event)) {
            sender.drop("client fell " + MAX_QUEUED + " events behind");
        }
        return !sender.gone();
    }

    /** The sender's next event; a bar at or below the last id sent was already sent, from storage or live. */
    private SseEmitter.SseEventBuilder next() throws InterruptedException {
        while (true) {
            switch (queue.take()) {
                case CommentOut(String text) -> {
                    return SseEmitter.event().comment(text);
                }
                case BarOut(PublishedBar bar) when bar.seq() > lastSent -> {
                    lastSent = bar.seq();
                    return SseEmitter.event().id(Long.toString(bar.seq())).name("bar")
                            .data(BarEvent.of(bar), MediaType.APPLICATION_JSON);
                }
                case BarOut ignored -> {
                }
            }
        }
    }
}
