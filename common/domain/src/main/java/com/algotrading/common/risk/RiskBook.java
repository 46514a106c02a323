package com.algotrading.common.risk;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.orders.OrderId;
import com.algotrading.common.orders.Side;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * The account's exposure as risk counts it: net positions, orders accepted but not yet done, the day's trade count and
 * the send times of the last second. An order's checks and its reservation must happen as one step, or two orders
 * checked at once could both take the last trade of the day: the caller holds one lock around
 * {@link #assess} and {@link #reserve}. Not thread-safe on its own.
 */
public final class RiskBook {

    private static final long WINDOW_MILLIS = 1_000;

    private record Pending(PositionKey key, Side side, long remaining, boolean counted) {
    }

    private final Map<PositionKey, Long> positions = new HashMap<>();
    private final Map<OrderId, Pending> pending = new HashMap<>();
    /** Per position, the pending quantity to buy [0] and to sell [1]: checks stay O(1) however many orders wait. */
    private final Map<PositionKey, long[]> pendingTotals = new HashMap<>();
    private final ArrayDeque<Long> sendTimes = new ArrayDeque<>();
    private long tradingDay = Long.MIN_VALUE;
    private int tradesToday;

    /** Starts (or restarts) the book's trading day with the trades already counted on it, e.g. after a restart. */
    public void startDay(Instant now, int tradesAlreadyToday) {
        tradingDay = IstTime.epochDay(now);
        tradesToday = tradesAlreadyToday;
    }

    public int tradesToday(Instant now) {
        rollDay(now);
        return tradesToday;
    }

    public int ordersInLastSecond(Instant now) {
        long cutoff = now.toEpochMilli() - WINDOW_MILLIS;
        while (!sendTimes.isEmpty() && sendTimes.peekFirst() <= cutoff) {
            sendTimes.pollFirst();
        }
        return sendTimes.size();
    }

    public long position(PositionKey key) {
        return positions.getOrDefault(key, 0L);
    }

    public Exposure assess(OrderCheck order) {
        PositionKey key = order.key();
        long position = position(key);
        long pendingBuys = pendingQuantity(key, Side.BUY);
        long pendingSells = pendingQuantity(key, Side.SELL);
        boolean reduces = order.side() == Side.SELL
                ? position > 0 && order.quantity() + pendingSells <= position
                : position < 0 && order.quantity() + pendingBuys <= -position;
        boolean opens = position == 0 && pendingBuys == 0 && pendingSells == 0;
        long after = order.side() == Side.BUY ? position + pendingBuys + order.quantity()
                : position - pendingSells - order.quantity();
        return new Exposure(reduces, opens, OrderCheck.saturated(Math.abs(after), order.price()), openPositions());
    }

    /** Records an approved order: pending on its position, counted for the day unless it reduces, sent now. */
    public void reserve(OrderId id, OrderCheck order, boolean reducing, Instant now) {
        rollDay(now);
        if (pending.containsKey(id)) {
            throw new IllegalStateException("order " + id + " is already reserved");
        }
        addPending(id, new Pending(order.key(), order.side(), order.quantity(), !reducing));
        if (!reducing) {
            tradesToday++;
        }
        sendTimes.addLast(now.toEpochMilli());
    }

    /** An approved order that never reached the broker (e.g. it could not be persisted): as if it had not been asked. */
    public void release(OrderId id, Instant now) {
        Pending released = removePending(id);
        if (released != null && released.counted() && IstTime.epochDay(now) == tradingDay) {
            tradesToday--;
        }
    }

    /** A fill moves quantity from pending to the position. */
    public void filled(OrderId id, PositionKey key, Side side, long quantity) {
        setPosition(key, position(key) + side.sign() * quantity);
        Pending order = removePending(id);
        if (order != null && order.remaining() > quantity) {
            addPending(id, new Pending(order.key(), order.side(), order.remaining() - quantity, order.counted()));
        }
    }

    /** Cancelled, rejected or filled: nothing of it is pending any more. It stays counted: it was sent. */
    public void finished(OrderId id) {
        removePending(id);
    }

    /** Restores a position from the books (start-up, or a reconciliation that corrected it from the broker's side). */
    public void setPosition(PositionKey key, long quantity) {
        if (quantity == 0) {
            positions.remove(key);
        } else {
            positions.put(key, quantity);
        }
    }

    /** Restores an order still in flight at start-up, already counted for the day if it adds to a position. */
    public void restorePending(OrderId id, PositionKey key, Side side, long remaining, boolean reducing) {
        removePending(id);
        addPending(id, new Pending(key, side, remaining, !reducing));
    }

    private void addPending(OrderId id, Pending order) {
        pending.put(id, order);
        pendingTotals.computeIfAbsent(order.key(), key -> new long[2])[slot(order.side())] += order.remaining();
    }

    private Pending removePending(OrderId id) {
        Pending order = pending.remove(id);
        if (order != null) {
            long[] totals = pendingTotals.get(order.key());
            totals[slot(order.side())] -= order.remaining();
            if (totals[0] == 0 && totals[1] == 0) {
                pendingTotals.remove(order.key());
            }
        }
        return order;
    }

    private long pendingQuantity(PositionKey key, Side side) {
        long[] totals = pendingTotals.get(key);
        return totals == null ? 0 : totals[slot(side)];
    }

    private static int slot(Side side) {
        return side == Side.BUY ? 0 : 1;
    }

    private int openPositions() {
        int open = positions.size();
        for (PositionKey key : pendingTotals.keySet()) {
            if (!positions.containsKey(key)) {
                open++;
            }
        }
        return open;
    }

    private void rollDay(Instant now) {
        long day = IstTime.epochDay(now);
        if (day != tradingDay) {
            tradingDay = day;
            tradesToday = 0;
        }
    }
}
