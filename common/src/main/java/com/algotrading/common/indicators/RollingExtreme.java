package com.algotrading.common.indicators;

/**
 * The highest (or lowest) of the last {@code window} values in amortised O(1): a monotonic deque of candidates, held
 * in ring arrays so that nothing is allocated per value.
 */
final class RollingExtreme {

    private final int window;
    private final boolean highest;
    private final double[] values;
    private final long[] positions;
    private int head;
    private int size;
    private long position;

    RollingExtreme(int window, boolean highest) {
        this.window = window;
        this.highest = highest;
        this.values = new double[window];
        this.positions = new long[window];
    }

    /** Adds a value and returns the extreme of the window ending with it. */
    double push(double value) {
        while (size > 0 && dominates(value, values[tailIndex()])) {
            size--;
        }
        int slot = wrap(head + size);
        values[slot] = value;
        positions[slot] = position;
        size++;
        if (positions[head] <= position - window) {
            head = wrap(head + 1);
            size--;
        }
        position++;
        return values[head];
    }

    private boolean dominates(double value, double candidate) {
        return highest ? value >= candidate : value <= candidate;
    }

    private int tailIndex() {
        return wrap(head + size - 1);
    }

    /** Index into the ring; a compare instead of {@code %}, whose division would dominate the update's cost. */
    private int wrap(int index) {
        return index >= window ? index - window : index;
    }
}
