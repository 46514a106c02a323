package com.algotrading.data.stream;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * Records the text of every event sent. A stuck one does not return from a send until released, like a client that
 * stopped reading.
 */
final class RecordingEmitter extends SseEmitter {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final CountDownLatch released;
    private final CountDownLatch sending = new CountDownLatch(1);

    private RecordingEmitter(boolean stuck) {
        this.released = new CountDownLatch(stuck ? 1 : 0);
    }

    static RecordingEmitter reading() {
        return new RecordingEmitter(false);
    }

    static RecordingEmitter stuck() {
        return new RecordingEmitter(true);
    }

    @Override
    public void send(SseEventBuilder event) {
        sending.countDown();
        try {
            released.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sent.add(event.build().stream().map(part -> String.valueOf(part.getData())).collect(Collectors.joining()));
    }

    /** Waits until the sender is inside its first send. */
    void awaitSending() throws InterruptedException {
        sending.await();
    }

    /** The client reads again: sends return. */
    void release() {
        released.countDown();
    }

    List<String> sent() {
        return List.copyOf(sent);
    }
}
