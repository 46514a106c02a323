package com.algotrading.common.strategies;

/**
 * Detects one series crossing another. "Crosses above at bar i": at i, a &gt; b strictly, and at the most recent
 * earlier bar where a ≠ b, a &lt; b. Values within a relative 1e-9 of each other are equal — sums of equal windows
 * in {@code double} can differ by rounding — so a tie is never a cross. Bars where either value is undefined (NaN)
 * are ignored.
 */
final class Crossing {

    static final double TOLERANCE = 1e-9;

    private int lastSide;

    /** +1 when a crossed above b on this bar, −1 when it crossed below, 0 otherwise. */
    int update(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return 0;
        }
        int side = compare(a, b);
        if (side == 0) {
            return 0;
        }
        int previous = lastSide;
        lastSide = side;
        return previous == -side ? side : 0;
    }

    static int compare(double a, double b) {
        double difference = a - b;
        if (Math.abs(difference) <= TOLERANCE * Math.max(Math.abs(a), Math.abs(b))) {
            return 0;
        }
        return difference > 0 ? 1 : -1;
    }

    /** The signal for a long/flat rule that enters when the cross has {@code entrySide} and exits on the other. */
    static Signal signal(int cross, int entrySide) {
        if (cross == 0) {
            return Signal.NONE;
        }
        return cross == entrySide ? Signal.ENTER_LONG : Signal.EXIT_LONG;
    }
}
