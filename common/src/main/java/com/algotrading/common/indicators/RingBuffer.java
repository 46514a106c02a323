package com.algotrading.common.indicators;

/** The last {@code capacity} values of a series; {@link #oldest()} is the value that leaves on the next push. */
final class RingBuffer {

    private final double[] values;
    private int next;

    RingBuffer(int capacity) {
        values = new double[capacity];
    }

    void push(double value) {
        values[next] = value;
        if (++next == values.length) {
            next = 0;
        }
    }

    /** Once full, the oldest value held. */
    double oldest() {
        return values[next];
    }

    /** Σ |value − centre| over the held values. */
    double absoluteDeviation(double centre) {
        double sum = 0;
        for (double value : values) {
            sum += Math.abs(value - centre);
        }
        return sum;
    }
}
