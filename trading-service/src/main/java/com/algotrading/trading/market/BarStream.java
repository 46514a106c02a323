package com.algotrading.trading.market;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Prices;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.service.sse.EventStreamReader;
import com.algotrading.common.settings.PlatformSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Subscriptions to the data-service's closed 1-minute bars ({@code /api/v1/stream/bars}), resumable: given the id of
 * the last bar acted on, the data-service replays what came after it, so a restart has no gap.
 */
@Component
public class BarStream {

    /** A bar with the stream's id of it, for the subscriber to persist. */
    public record StreamedBar(String eventId, Symbol symbol, Bar bar) {
    }

    /** Receives the stream's bars on the stream's thread. */
    @FunctionalInterface
    public interface Listener {
        void bar(StreamedBar bar);
    }

    private final URI base;
    private final Map<String, String> headers;
    private final ObjectMapper json;

    BarStream(PlatformSettings settings, ObjectMapper json) {
        this.base = settings.dataServiceUrl();
        this.headers = Map.of("Authorization", "Bearer " + settings.serviceToken().value());
        this.json = json;
    }

    /** Follows the 1-minute bars of these instruments until closed; reconnects on its own. */
    public EventStreamReader subscribe(List<Symbol> symbols, Optional<String> afterEventId, Listener listener) {
        String list = symbols.stream().map(Symbol::toString).collect(Collectors.joining(","));
        URI uri = base.resolve("/api/v1/stream/bars?interval=1m&symbols=" + java.net.URLEncoder.encode(list,
                java.nio.charset.StandardCharsets.UTF_8));
        return new EventStreamReader(uri, headers, afterEventId.orElse(null), event -> {
            if ("bar".equals(event.name()) && event.id().isPresent()) {
                listener.bar(parse(event.id().get(), json.readTree(event.data())));
            }
        });
    }

    private static StreamedBar parse(String id, JsonNode bar) {
        return new StreamedBar(id, Symbol.parse(bar.path("symbol").asString()), new Bar(
                OffsetDateTime.parse(bar.path("time").asString()).toInstant(), paise(bar, "open"), paise(bar, "high"),
                paise(bar, "low"), paise(bar, "close"), bar.path("volume").asLong()));
    }

    private static long paise(JsonNode bar, String field) {
        return Prices.parseRupees(bar.path(field).asString());
    }
}
