package com.algotrading.common.service.sse;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EventParserTest {

    @Test
    void readsIdsNamesMultiLineDataAndSkipsCommentsAndHeartbeats() {
        List<ServerSentEvent> events = new ArrayList<>();
        EventParser parser = new EventParser(events::add);
        for (String line : List.of(": stream open", "", "id: 7", "event: tick", "data: {\"a\":1}", "", ":heartbeat", "",
                "data:first", "data: second", "", "id:8", "event:order", "data:x", "")) {
            parser.line(line);
        }
        assertThat(events).containsExactly(
                new ServerSentEvent(Optional.of("7"), "tick", "{\"a\":1}"),
                new ServerSentEvent(Optional.empty(), "message", "first\nsecond"),
                new ServerSentEvent(Optional.of("8"), "order", "x"));
    }
}
