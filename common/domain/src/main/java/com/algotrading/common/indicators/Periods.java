package com.algotrading.common.indicators;

/** Parameter checks shared by the indicators. */
final class Periods {

    private Periods() {
    }

    static int require(String name, int period, int minimum) {
        if (period < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", got " + period);
        }
        return period;
    }
}
