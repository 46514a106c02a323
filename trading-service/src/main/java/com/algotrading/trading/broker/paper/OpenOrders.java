package com.algotrading.trading.broker.paper;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Side;
import com.algotrading.common.risk.PositionKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The paper broker's open orders in memory, indexed the ways it asks: by id, by instrument and, within an instrument,
 * by the price at which each could act, with running totals of margin and pending sales. So neither a tick nor an
 * order costs time in proportion to everything that rests: a tick looks only at the orders its price may wake (a buy
 * limit at or above it, a sell limit at or below it, a stop it reaches, a market order). Not thread-safe: the
 * broker's lock guards it.
 */
final class OpenOrders {

    private record Entry(PaperOrder order, long margin, long sequence) {
    }

    /** Where an order waits: for any price, for a price at or below its level, or at or above it. */
    private enum Wake { ANY, AT_OR_BELOW, AT_OR_ABOVE }

    /** One instrument's open orders by the price that may wake them. */
    private static final class Book {
        private final Map<ClientOrderId, Entry> any = new LinkedHashMap<>();
        private final NavigableMap<Long, Map<ClientOrderId, Entry>> atOrBelow = new TreeMap<>();
        private final NavigableMap<Long, Map<ClientOrderId, Entry>> atOrAbove = new TreeMap<>();
        private int size;

        void add(Entry entry) {
            PaperOrder order = entry.order();
            switch (wake(order)) {
                case ANY -> any.put(order.clientOrderId(), entry);
                case AT_OR_BELOW -> atOrBelow.computeIfAbsent(level(order), price -> new LinkedHashMap<>())
                        .put(order.clientOrderId(), entry);
                case AT_OR_ABOVE -> atOrAbove.computeIfAbsent(level(order), price -> new LinkedHashMap<>())
                        .put(order.clientOrderId(), entry);
            }
            size++;
        }

        void remove(PaperOrder order) {
            switch (wake(order)) {
                case ANY -> any.remove(order.clientOrderId());
                case AT_OR_BELOW -> removeAt(atOrBelow, level(order), order.clientOrderId());
                case AT_OR_ABOVE -> removeAt(atOrAbove, level(order), order.clientOrderId());
            }
            size--;
        }

        /** The orders a last price of {@code last} may wake, oldest first (time priority, as at an exchange). */
        List<PaperOrder> wokenBy(long last) {
            List<Entry> woken = new ArrayList<>(any.values());
            atOrBelow.tailMap(last, true).values().forEach(level -> woken.addAll(level.values()));
            atOrAbove.headMap(last, true).values().forEach(level -> woken.addAll(level.values()));
            woken.sort(Comparator.comparingLong(Entry::sequence));
            return woken.stream().map(Entry::order).toList();
        }

        private static void removeAt(NavigableMap<Long, Map<ClientOrderId, Entry>> side, long price, ClientOrderId id) {
            Map<ClientOrderId, Entry> level = side.get(price);
            level.remove(id);
            if (level.isEmpty()) {
                side.remove(price);
            }
        }

        /**
         * As {@link PaperMatching} acts: a stop waits for its trigger (a buy's from below, a sell's from above), a
         * market order (or a triggered SL-M) for any tick, a limit (or a triggered SL) for its price.
         */
        private static Wake wake(PaperOrder order) {
            boolean buy = order.side() == Side.BUY;
            if (order.type().needsTrigger() && !order.triggered()) {
                return buy ? Wake.AT_OR_ABOVE : Wake.AT_OR_BELOW;
            }
            if (order.type() == OrderType.MARKET || order.type() == OrderType.SL_M) {
                return Wake.ANY;
            }
            return buy ? Wake.AT_OR_BELOW : Wake.AT_OR_ABOVE;
        }

        private static long level(PaperOrder order) {
            return order.type().needsTrigger() && !order.triggered() ? order.triggerPrice().orElseThrow()
                    : order.price().orElseThrow();
        }
    }

    private final Map<ClientOrderId, Entry> byId = new HashMap<>();
    private final Map<Symbol, Book> bySymbol = new HashMap<>();
    private final Map<PositionKey, Long> pendingSales = new HashMap<>();
    private long margin;
    private long sequence;

    void add(PaperOrder order, long orderMargin) {
        remove(order.clientOrderId());
        Entry entry = new Entry(order, orderMargin, sequence++);
        byId.put(order.clientOrderId(), entry);
        bySymbol.computeIfAbsent(order.symbol(), symbol -> new Book()).add(entry);
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
        Book book = bySymbol.get(order.symbol());
        book.remove(order);
        if (book.size == 0) {
            bySymbol.remove(order.symbol());
        }
        if (order.side() == Side.SELL) {
            pendingSales.merge(key(order), -order.quantity(), Long::sum);
        }
        margin -= entry.margin();
        return Optional.of(order);
    }

    /** Replaces an order kept open in a new form (a stop that triggered), its margin and its time priority unchanged. */
    void update(PaperOrder order) {
        Entry entry = byId.get(order.clientOrderId());
        if (entry != null) {
            Book book = bySymbol.get(order.symbol());
            book.remove(entry.order());
            Entry updated = new Entry(order, entry.margin(), entry.sequence());
            byId.put(order.clientOrderId(), updated);
            book.add(updated);
        }
    }

    Optional<PaperOrder> get(ClientOrderId id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::order);
    }

    /** The instrument's orders a last price of {@code last} may fill or trigger, oldest first. */
    List<PaperOrder> wokenBy(Symbol symbol, long last) {
        Book book = bySymbol.get(symbol);
        return book == null ? List.of() : book.wokenBy(last);
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
