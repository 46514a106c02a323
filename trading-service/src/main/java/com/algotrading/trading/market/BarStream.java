package com.algotrading.trading.market;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Prices;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.service.sse.EventStreamReader;
import com.algotrading.common.service.sse.ServerSentEvent;
import com.algotrading.common.settings.PlatformSettings;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The data-service's closed 1-minute bars ({@code /api/v1/stream/bars}) on one connection for every subscriber: each
 * bar is read and parsed once, then handed to the subscribers of its instrument (fifty deployments on the same
 * instruments cost one stream, not fifty). Resumable: the stream starts after the first subscriber's last bar, so the
 * data-service replays what came after it, and a subscriber never gets a bar at or before its own last one. One that
 * joins a running stream gets its bars from then on; its warm-up on stored candles covers what came before.
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

    /** Ends a subscription; the stream closes with the last one. */
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private record Subscriber(Set<Symbol> symbols, long afterSequence, Listener listener) {
        boolean wants(StreamedBar bar, long sequence) {
            return sequence > afterSequence && symbols.contains(bar.symbol());
        }
    }

    private final URI uri;
    private final Map<String, String> headers;
    private final ObjectMapper json;
    private final Object lock = new Object();
    private volatile List<Subscriber> subscribers = List.of();
    private EventStreamReader reader;

    BarStream(PlatformSettings settings, ObjectMapper json) {
        this.uri = settings.dataServiceUrl().resolve("/api/v1/stream/bars?interval=1m");
        this.headers = Map.of("Authorization", "Bearer " + settings.serviceToken().value());
        this.json = json;
    }

    /** Follows the 1-minute bars of these instruments until closed; the stream reconnects on its own. */
    public Subscription subscribe(Collection<Symbol> symbols, Optional<String> afterEventId, Listener listener) {
        Subscriber subscriber = new Subscriber(Set.copyOf(symbols), afterEventId.map(BarStream::sequence)
                .orElse(Long.MIN_VALUE), listener);
        synchronized (lock) {
            List<Subscriber> more = new ArrayList<>(subscribers);
            more.add(subscriber);
            subscribers = List.copyOf(more);
            if (reader == null) {
                reader = new EventStreamReader(uri, headers, afterEventId.orElse(null), this::deliver);
            }
        }
        return () -> unsubscribe(subscriber);
    }

    private void unsubscribe(Subscriber subscriber) {
        synchronized (lock) {
            List<Subscriber> fewer = new ArrayList<>(subscribers);
            fewer.remove(subscriber);
            subscribers = List.copyOf(fewer);
            if (fewer.isEmpty() && reader != null) {
                reader.close();
                reader = null;
            }
        }
    }

    private void deliver(ServerSentEvent event) {
        if (!"bar".equals(event.name()) || event.id().isEmpty()) {
            return;
        }
        StreamedBar bar = parse(event.id().get(), json.readTree(event.data()));
        long sequence = sequence(bar.eventId());
        for (Subscriber subscriber : subscribers) {
            if (subscriber.wants(bar, sequence)) {
                subscriber.listener().bar(bar);
            }
        }
    }

    /** The data-service numbers its bars in order; an id that is not a number is taken as new. */
    public static long sequence(String eventId) {
        try {
            return Long.parseLong(eventId);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
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
