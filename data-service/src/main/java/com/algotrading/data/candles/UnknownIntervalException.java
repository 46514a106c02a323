package com.algotrading.data.candles;

/** An interval label that is not one of {@code Interval}'s, or one candles are not kept at for this use. */
public final class UnknownIntervalException extends IllegalArgumentException {

    UnknownIntervalException(String message) {
        super(message);
    }
}
