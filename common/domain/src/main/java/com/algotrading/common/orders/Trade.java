package com.algotrading.common.orders;

import java.time.Instant;

/**
 * One round trip: an entry and the exit that flattened it. {@code side} is the entry's side (BUY = long trade).
 * P&L and charges in paise; {@code closedAtEnd} marks a position the data ended with, closed at the last close.
 */
public record Trade(Instant entryTime, Instant exitTime, Side side, long quantity, long entryPrice, long exitPrice,
                    long grossPnl, long charges, ExitReason exitReason, boolean closedAtEnd) {

    public static Trade of(Fill entry, Fill exit) {
        long gross = entry.side().sign() * entry.quantity() * (exit.price() - entry.price());
        return new Trade(entry.time(), exit.time(), entry.side(), entry.quantity(), entry.price(), exit.price(), gross,
                entry.charges().total() + exit.charges().total(), exit.reason(), exit.reason() == ExitReason.END_OF_DATA);
    }

    public long netPnl() {
        return grossPnl - charges;
    }
}
