package com.algotrading.data.candles;

/** A read that would answer more candles than the configured limit ({@code CANDLES_MAX_ROWS}). */
public final class RangeTooLargeException extends RuntimeException {

    RangeTooLargeException(String message) {
        super(message);
    }
}
