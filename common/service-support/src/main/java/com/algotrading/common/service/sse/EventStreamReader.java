package com.algotrading.common.service.sse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Follows a Server-Sent Events stream of another service for as long as it is open: reads it on a virtual thread,
 * hands each event to the consumer, and when the stream ends or cannot be reached reconnects with a growing pause
 * (1 s doubling to 30 s), sending {@code Last-Event-ID} so a resumable stream continues where it stopped.
 */
public final class EventStreamReader implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventStreamReader.class);
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final URI uri;
    private final Map<String, String> headers;
    private final Consumer<ServerSentEvent> consumer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean connected;
    private volatile Stream<String> current;
    private volatile String lastEventId;

    /** Starts reading at once. {@code lastEventId} may be null: then the stream starts at its live end. */
    public EventStreamReader(URI uri, Map<String, String> headers, String lastEventId, Consumer<ServerSentEvent> consumer) {
        this.uri = uri;
        this.headers = Map.copyOf(headers);
        this.consumer = consumer;
        this.lastEventId = lastEventId;
        this.thread = Thread.ofVirtual().name("sse-reader-" + uri.getPath()).start(this::follow);
    }

    /** Whether the stream is open right now. */
    public boolean connected() {
        return connected;
    }

    /** The id of the last event handed to the consumer, for a caller that persists where it is. */
    public Optional<String> lastEventId() {
        return Optional.ofNullable(lastEventId);
    }

    @Override
    public void close() {
        closed = true;
        Stream<String> lines = current;
        if (lines != null) {
            lines.close();
        }
        thread.interrupt();
    }

    private void follow() {
        Duration pause = FIRST_PAUSE;
        while (!closed) {
            try {
                if (readOnce()) {
                    pause = FIRST_PAUSE;
                }
            } catch (IOException | RuntimeException e) {
                if (!closed) {
                    log.warn("Event stream {} interrupted: {}", uri, e.getMessage());
                }
            } catch (InterruptedException e) {
                return;
            }
            connected = false;
            if (closed) {
                return;
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
    }

    /** Reads the stream until it ends; true when it was open at all. */
    private boolean readOnce() throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream");
        headers.forEach(request::header);
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> response = http.send(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
        if (response.statusCode() != 200) {
            response.body().close();
            throw new IOException("answered " + response.statusCode());
        }
        connected = true;
        try (Stream<String> lines = response.body()) {
            current = lines;
            EventParser parser = new EventParser(this::deliver);
            lines.forEach(parser::line);
        }
        return true;
    }

    private void deliver(ServerSentEvent event) {
        event.id().ifPresent(id -> lastEventId = id);
        try {
            consumer.accept(event);
        } catch (RuntimeException e) {
            log.error("Event from {} could not be handled: {}", uri, event, e);
        }
    }
}
