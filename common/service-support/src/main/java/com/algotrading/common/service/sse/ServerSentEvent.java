package com.algotrading.common.service.sse;

import java.util.Optional;

/** One event of a {@code text/event-stream}: its id (for resuming), its name ({@code message} when unnamed) and data. */
public record ServerSentEvent(Optional<String> id, String name, String data) {
}
