package com.algotrading.common.indicators;

import java.util.Arrays;

/**
 * The highest high and lowest low of the last {@code window} bars in O(1) per bar without data-dependent branches
 * (van Herk / Gil-Werman): the stream is cut into blocks of {@code window} bars; the window ending at position k of
 * the current block combines the current block's prefix 0..k with the previous block's suffix k+1.., and suffix
 * extremes are computed once per completed block. A monotonic deque would pop on unpredictable branches, which on
 * price data cost more than these few comparisons. Prices stay in exact paise: {@code long} max/min compile to
 * conditional moves, where {@code double} ones must also order NaN and −0.0.
 */
final class RollingRange {

    private final int window;
    private final long[] highs;
    private final long[] lows;
    private final long[] previousHighSuffix;
    private final long[] previousLowSuffix;
    private int position;
    private long highPrefix;
    private long lowPrefix;
    private long highest;
    private long lowest;

    RollingRange(int window) {
        this.window = window;
        this.highs = new long[window];
        this.lows = new long[window];
        this.previousHighSuffix = new long[window];
        this.previousLowSuffix = new long[window];
        Arrays.fill(previousHighSuffix, Long.MIN_VALUE);
        Arrays.fill(previousLowSuffix, Long.MAX_VALUE);
    }

    /** Adds a bar's high and low; {@link #highest()} and {@link #lowest()} then cover the window ending with it. */
    void push(long high, long low) {
        highs[position] = high;
        lows[position] = low;
        boolean blockStart = position == 0;
        highPrefix = blockStart ? high : Math.max(highPrefix, high);
        lowPrefix = blockStart ? low : Math.min(lowPrefix, low);
        if (position == window - 1) {
            highest = highPrefix;
            lowest = lowPrefix;
            closeBlock();
        } else {
            highest = Math.max(previousHighSuffix[position + 1], highPrefix);
            lowest = Math.min(previousLowSuffix[position + 1], lowPrefix);
            position++;
        }
    }

    long highest() {
        return highest;
    }

    long lowest() {
        return lowest;
    }

    private void closeBlock() {
        long high = Long.MIN_VALUE;
        long low = Long.MAX_VALUE;
        for (int i = window - 1; i >= 0; i--) {
            high = Math.max(high, highs[i]);
            low = Math.min(low, lows[i]);
            previousHighSuffix[i] = high;
            previousLowSuffix[i] = low;
        }
        position = 0;
    }
}
