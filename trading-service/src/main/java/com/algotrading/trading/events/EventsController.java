package com.algotrading.trading.events;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class EventsController {

    private final EventStream stream;

    EventsController(EventStream stream) {
        this.stream = stream;
    }

    /**
     * Order, fill, position, P&L and risk changes as Server-Sent Events, each {@code data:} the JSON of the matching
     * GET, with monotonic ids: reconnect with {@code Last-Event-ID} to resume without a gap or a repeat. Without it the
     * stream starts at its live end.
     */
    @GetMapping(path = "/api/v1/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        return stream.subscribe(lastEventId == null ? null : parse(lastEventId));
    }

    private static Long parse(String id) {
        try {
            long value = Long.parseLong(id.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException("Last-Event-ID must be the id of an event of this stream, got '" + id + "'");
    }
}
