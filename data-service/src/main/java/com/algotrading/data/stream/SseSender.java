package com.algotrading.data.stream;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;

/**
 * Writes one client's events from its own virtual thread, so a slow client never holds up the publisher or the
 * other clients. What waits to be written, and what is kept when the client falls behind, is the subscriber's
 * buffer's business; the sender only takes the next event from it.
 */
final class SseSender {

    /** A subscriber's buffer as the sender sees it. */
    @FunctionalInterface
    interface Buffer {
        /** Waits for the next event to write. */
        SseEmitter.SseEventBuilder take() throws InterruptedException;
    }

    private final SseEmitter emitter;
    private final Thread thread;
    private volatile boolean gone;

    /** Starts sending at once: construct it last, once the buffer is ready to be taken from. */
    SseSender(SseEmitter emitter, Buffer buffer) {
        this.emitter = emitter;
        this.thread = Thread.ofVirtual().name("sse-subscriber").start(() -> send(buffer));
    }

    /** Whether the stream has ended, from either side; nothing more is worth buffering then. */
    boolean gone() {
        return gone;
    }

    /** Ends the stream from the server's side, e.g. because the client fell too far behind. */
    void drop(String reason) {
        gone = true;
        emitter.completeWithError(new IllegalStateException(reason));
    }

    /** Stops the sender; called when the client or the server ends the stream. */
    void close() {
        gone = true;
        thread.interrupt();
    }

    private void send(Buffer buffer) {
        try {
            while (!gone) {
                emitter.send(buffer.take());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | IllegalStateException e) {
            gone = true;
            emitter.completeWithError(e);
        }
    }
}
