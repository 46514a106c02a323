package com.algotrading.common.orders;

/**
 * What a strategy run wants done at market: buy or sell this many units (a whole number of lots). It is not yet an
 * order; risk checks and the broker (or the backtest's fill model) decide what happens to it.
 */
public record OrderIntent(Side side, long quantity, ExitReason reason) {

    public OrderIntent {
        if (side == null || reason == null) {
            throw new IllegalArgumentException("an order intent needs a side and a reason");
        }
        if (quantity <= 0) {
            throw new IllegalArgumentException("order quantity must be positive, got " + quantity);
        }
    }
}
