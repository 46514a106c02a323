package com.algotrading.trading.orders;

/** A request no broker would take (off the tick, not a whole number of lots, ...): answered 400 with the reason. */
public class InvalidOrderException extends RuntimeException {

    public InvalidOrderException(String message) {
        super(message);
    }
}
