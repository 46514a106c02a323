package com.algotrading.common.market;

import java.time.Instant;

/**
 * One OHLCV candle. Prices are in paise; {@code start} is the first instant the bar covers (its label).
 * Primitive fields keep a million-bar backtest free of boxing.
 *
 * @throws IllegalArgumentException when low &gt; high, open or close lie outside [low, high], a price is not
 *                                  positive, or volume is negative
 */
public record Bar(Instant start, long open, long high, long low, long close, long volume) {

    public Bar {
        if (start == null) {
            throw new IllegalArgumentException("a bar needs a start time");
        }
        if (low <= 0) {
            throw new IllegalArgumentException("prices must be positive, low was " + low + " at " + start);
        }
        if (low > high) {
            throw new IllegalArgumentException("high " + high + " is below low " + low + " at " + start);
        }
        if (open < low || open > high || close < low || close > high) {
            throw new IllegalArgumentException("open and close must lie within [low, high] at " + start);
        }
        if (volume < 0) {
            throw new IllegalArgumentException("volume must not be negative, was " + volume + " at " + start);
        }
    }
}
