package com.algotrading.common.service.sse;

import java.util.Optional;
import java.util.function.Consumer;

/** The {@code text/event-stream} line format: {@code id:}, {@code event:}, {@code data:} (joined by newlines), a blank line ends an event, {@code :} starts a comment. */
final class EventParser {

    private final Consumer<ServerSentEvent> events;
    private String id;
    private String name;
    private StringBuilder data;

    EventParser(Consumer<ServerSentEvent> events) {
        this.events = events;
    }

    void line(String line) {
        if (line.isEmpty()) {
            if (data != null) {
                events.accept(new ServerSentEvent(Optional.ofNullable(id), name == null ? "message" : name, data.toString()));
            }
            id = null;
            name = null;
            data = null;
            return;
        }
        if (line.startsWith(":")) {
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "id" -> id = value;
            case "event" -> name = value;
            case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
            default -> {
                // retry and unknown fields change nothing here
            }
        }
    }
}
