package com.algotrading.trading.broker.paper;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.Side;
import com.algotrading.common.risk.PositionKey;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The paper broker's open orders in memory, indexed the ways it asks: by id, by instrument (a tick matches only its
 * instrument's orders) and with running totals of margin and pending sales, so neither a tick nor an order costs time
 * in proportion to everything that rests. Not thread-safe: the broker's lock guards it.
 */
final class OpenOrders {

    private record Entry(PaperOrder order, long margin) {
    }

    private final Map<ClientOrderId, Entry> byId = new HashMap<>();
    private final Map<Symbol, Map<ClientOrderId, PaperOrder>> bySymbol = new HashMap<>();
    private final Map<PositionKey, Long> pendingSales = new HashMap<>();
    private long margin;

    void add(PaperOrder order, long orderMargin) {
        remove(order.clientOrderId());
        byId.put(order.clientOrderId(), new Entry(order, orderMargin));
        bySymbol.computeIfAbsent(order.symbol(), symbol -> new LinkedHashMap<>()).put(order.clientOrderId(), order);
        if (order.side() == Side.SELL) {
            pendingSales.merge(key(order), order.quantity(), Long::sum);
        }
        margin += orderMargin;
    }

    Optional<PaperOrder> remove(ClientOrderId id) {
        Entry entry = byId.remove(id);
        if (entry == null) {
            return Optional.empty();
        }
        PaperOrder order = entry.order();
        Map<ClientOrderId, PaperOrder> ofSymbol = bySymbol.get(order.symbol());
        ofSymbol.remove(id);
        if (ofSymbol.isEmpty()) {
            bySymbol.remove(order.symbol());
        }
        if (order.side() == Side.SELL) {
            pendingSales.merge(key(order), -order.quantity(), Long::sum);
        }
        margin -= entry.margin();
        return Optional.of(order);
    }

    /** Replaces an order kept open in a new form (a stop that triggered), its margin unchanged. */
    void update(PaperOrder order) {
        Entry entry = byId.get(order.clientOrderId());
        if (entry != null) {
            byId.put(order.clientOrderId(), new Entry(order, entry.margin()));
            bySymbol.get(order.symbol()).put(order.clientOrderId(), order);
        }
    }

    Optional<PaperOrder> get(ClientOrderId id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::order);
    }

    List<PaperOrder> of(Symbol symbol) {
        Map<ClientOrderId, PaperOrder> ofSymbol = bySymbol.get(symbol);
        return ofSymbol == null ? List.of() : List.copyOf(ofSymbol.values());
    }

    long pendingSales(PositionKey key) {
        return pendingSales.getOrDefault(key, 0L);
    }

    long margin() {
        return margin;
    }

    int size() {
        return byId.size();
    }

    void clear() {
        byId.clear();
        bySymbol.clear();
        pendingSales.clear();
        margin = 0;
    }

    private static PositionKey key(PaperOrder order) {
        return new PositionKey(order.symbol(), order.product());
    }
}
