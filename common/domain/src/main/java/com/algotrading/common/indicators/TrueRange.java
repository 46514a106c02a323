package com.algotrading.common.indicators;

/** Wilder's true range: the largest of high − low, |high − previous close| and |low − previous close|. */
final class TrueRange {

    private TrueRange() {
    }

    static double of(double high, double low, double previousClose) {
        double range = high - low;
        double up = Math.abs(high - previousClose);
        if (up > range) {
            range = up;
        }
        double down = Math.abs(low - previousClose);
        return down > range ? down : range;
    }
}
