package com.algotrading.data;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

/** Reads a Server-Sent Events stream on a virtual thread and records its events until closed. */
public final class SseClient implements AutoCloseable {

    /** One event: its id, name and data line. */
    public record Event(String id, String name, String data) {
    }

    private final List<Event> events = new CopyOnWriteArrayList<>();
    private final List<String> comments = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private volatile Stream<String> lines;
    private volatile boolean ended;

    public SseClient(HttpRequest.Builder request, String lastEventId) {
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpRequest built = request.header("Accept", "text/event-stream").build();
        Thread.ofVirtual().start(() -> read(built));
    }

    private void read(HttpRequest request) {
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            lines = response.body();
            String[] event = new String[3];
            lines.forEach(line -> {
                if (line.startsWith("id:")) {
                    event[0] = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    event[1] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    event[2] = line.substring(5).strip();
                } else if (line.startsWith(":")) {
                    comments.add(line.substring(1).strip());
                } else if (line.isEmpty() && event[2] != null) {
                    events.add(new Event(event[0], event[1], event[2]));
                    event[0] = event[1] = event[2] = null;
                }
            });
            ended = true;
        } catch (Exception closed) {
            // the test closed the stream, or the server went away: either way the recording ends
        }
    }

    public List<Event> events() {
        return List.copyOf(events);
    }

    /** Whether the server ended the stream: its response finished normally, not cut off. */
    public boolean ended() {
        return ended;
    }

    public List<String> comments() {
        return List.copyOf(comments);
    }

    @Override
    public void close() {
        if (lines != null) {
            lines.close();
        }
        http.shutdownNow();
    }
}
