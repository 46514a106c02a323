package com.algotrading.common.indicators;

import java.util.Arrays;

/**
 * The maximum of the last {@code window} values in O(1) per value without data-dependent branches (van Herk /
 * Gil-Werman): the stream is cut into blocks of {@code window} values; the window ending at position k of the current
 * block is the maximum of the current block's prefix 0..k and the previous block's suffix k+1... Suffix maxima are
 * computed once per completed block. A monotonic deque would pop on unpredictable branches, which on price data cost
 * more than these few {@code max} operations. Minima: push negated values and negate the result.
 */
final class RollingMaximum {

    private final int window;
    private final double[] block;
    private final double[] previousSuffix;
    private int position;
    private double prefix;

    RollingMaximum(int window) {
        this.window = window;
        this.block = new double[window];
        this.previousSuffix = new double[window];
        Arrays.fill(previousSuffix, Double.NEGATIVE_INFINITY);
    }

    /** Adds a value and returns the maximum of the window ending with it (fewer values while warming up). */
    double push(double value) {
        block[position] = value;
        prefix = position == 0 ? value : Math.max(prefix, value);
        double maximum = position == window - 1 ? prefix : Math.max(previousSuffix[position + 1], prefix);
        if (++position == window) {
            closeBlock();
        }
        return maximum;
    }

    private void closeBlock() {
        double running = Double.NEGATIVE_INFINITY;
        for (int i = window - 1; i >= 0; i--) {
            running = Math.max(running, block[i]);
            previousSuffix[i] = running;
        }
        position = 0;
    }
}
