package com.algotrading.data.stream;

/** A stream's {@code symbols} entry that is not {@code EXCHANGE:SYMBOL}. */
public final class InvalidSymbolException extends IllegalArgumentException {

    InvalidSymbolException(String message, Throwable cause) {
        super(message, cause);
    }
}
