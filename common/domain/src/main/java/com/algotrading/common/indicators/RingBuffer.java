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

    /**
     * Σ |value − centre| over the held values, in four independent partial sums: one running sum would make every
     * addition wait for the previous one, which dominates CCI's cost.
     */
    double absoluteDeviation(double centre) {
        double a = 0;
        double b = 0;
        double c = 0;
        double d = 0;
        int i = 0;
        for (; i + 3 < values.length; i += 4) {
            a += Math.abs(values[i] - centre);
            b += Math.abs(values[i + 1] - centre);
            c += Math.abs(values[i + 2] - centre);
            d += Math.abs(values[i + 3] - centre);
        }
        for (; i < values.length; i++) {
            a += Math.abs(values[i] - centre);
        }
        return (a + b) + (c + d);
    }
}
