package com.algotrading.trading.market;

import com.algotrading.common.market.Prices;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.service.sse.EventStreamReader;
import com.algotrading.common.service.sse.ServerSentEvent;
import com.algotrading.common.settings.PlatformSettings;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The last traded price of every instrument, from the data-service's tick stream ({@code /api/v1/stream/ticks}, all
 * instruments of its feed). Marks positions, prices market orders for risk, and drives the paper broker's fills.
 */
@Component
public class LastPrices implements SmartLifecycle {

    /** A last price in paise and the exchange's time of it. */
    public record Quote(long price, Instant time) {
    }

    private final URI streamUri;
    private final Map<String, String> headers;
    private final ObjectMapper json;
    private final Map<Symbol, Quote> quotes = new ConcurrentHashMap<>();
    private final List<TickListener> listeners = new CopyOnWriteArrayList<>();
    private volatile EventStreamReader reader;

    LastPrices(PlatformSettings settings, ObjectMapper json) {
        this.streamUri = settings.dataServiceUrl().resolve("/api/v1/stream/ticks");
        this.headers = Map.of("Authorization", "Bearer " + settings.serviceToken().value());
        this.json = json;
    }

    public Optional<Quote> quote(Symbol symbol) {
        return Optional.ofNullable(quotes.get(symbol));
    }

    /** The last price in paise, 0 when no tick has arrived for the instrument. */
    public long price(Symbol symbol) {
        Quote quote = quotes.get(symbol);
        return quote == null ? 0 : quote.price();
    }

    public boolean connected() {
        EventStreamReader current = reader;
        return current != null && current.connected();
    }

    public void addListener(TickListener listener) {
        listeners.add(listener);
    }

    /** Takes a tick as if it came from the stream: the way in for ticks, also for tests driving the paper broker. */
    public void accept(Symbol symbol, long price, Instant time) {
        quotes.put(symbol, new Quote(price, time));
        for (TickListener listener : listeners) {
            listener.ticked(symbol, price, time);
        }
    }

    private void onEvent(ServerSentEvent event) {
        if (!"tick".equals(event.name())) {
            return;
        }
        JsonNode tick = json.readTree(event.data());
        accept(Symbol.parse(tick.path("symbol").asString()), Prices.parseRupees(tick.path("lastPrice").asString()),
                OffsetDateTime.parse(tick.path("time").asString()).toInstant());
    }

    @Override
    public void start() {
        reader = new EventStreamReader(streamUri, headers, null, this::onEvent);
    }

    @Override
    public void stop() {
        EventStreamReader current = reader;
        reader = null;
        if (current != null) {
            current.close();
        }
    }

    @Override
    public boolean isRunning() {
        return reader != null;
    }
}
