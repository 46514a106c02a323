package com.algotrading.trading.broker.angelone;

import com.algotrading.common.smartapi.Pace;
import com.algotrading.trading.broker.BrokerFill;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The day's fills from the trade book, asked again only when an order shows more filled than the last copy has: a
 * burst of fill updates shares one call (the trade book is limited to one a second), since a caller waiting for the
 * lock finds the copy the caller before it fetched.
 */
final class TradeBook {

    private final Supplier<JsonNode> fetch;
    private final Clock clock;
    private Map<String, List<BrokerFill>> fills = Map.of();

    TradeBook(BrokerCalls calls, String path, Pace pace, Clock clock) {
        this.fetch = () -> calls.read(path, pace);
        this.clock = clock;
    }

    /** The fills of an order the broker says has {@code filledShares} filled. */
    synchronized List<BrokerFill> fillsOf(String orderId, long filledShares) {
        if (filledShares == 0) {
            return List.of();
        }
        if (filled(orderId) < filledShares) {
            fills = BookRows.fillsByOrder(fetch.get(), clock.instant());
        }
        return fills.getOrDefault(orderId, List.of());
    }

    private long filled(String orderId) {
        return fills.getOrDefault(orderId, List.of()).stream().mapToLong(BrokerFill::quantity).sum();
    }
}
