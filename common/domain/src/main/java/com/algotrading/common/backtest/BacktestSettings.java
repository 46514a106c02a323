package com.algotrading.common.backtest;

import com.algotrading.common.charges.Segment;
import com.algotrading.common.market.TickSize;

/**
 * How fills are simulated.
 *
 * @param slippageBps    adverse price move on market fills, in basis points of the price (stop, square-off, signal
 *                       fills; target fills are limit-like and get none)
 * @param segment        which charges apply; {@code null} for a cost-free run
 * @param initialCapital starting equity in paise
 * @param tickSize       the instrument's price grid: every fill price and every stop and target level is rounded
 *                       onto it, against the trader (see {@link Backtest})
 */
public record BacktestSettings(FillModel fillModel, int slippageBps, Segment segment, long initialCapital,
                               TickSize tickSize) {

    /** ₹10,00,000. */
    public static final long DEFAULT_CAPITAL = 100_000_000L;

    public BacktestSettings {
        if (fillModel == null) {
            throw new IllegalArgumentException("a fill model is required");
        }
        if (slippageBps < 0 || slippageBps > 10_000) {
            throw new IllegalArgumentException("slippage must lie in [0, 10000] bps, got " + slippageBps);
        }
        if (initialCapital <= 0) {
            throw new IllegalArgumentException("initial capital must be positive");
        }
        if (tickSize == null) {
            throw new IllegalArgumentException("a tick size is required (NSE equity: TickSize.EQUITY)");
        }
    }

    public BacktestSettings withInitialCapital(long capital) {
        return new BacktestSettings(fillModel, slippageBps, segment, capital, tickSize);
    }

    public boolean hasCosts() {
        return segment != null;
    }
}
