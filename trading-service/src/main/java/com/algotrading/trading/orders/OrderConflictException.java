package com.algotrading.trading.orders;

/** The request contradicts the order's state (cancelling a filled order) or an earlier request (a reused idempotency key). */
public class OrderConflictException extends RuntimeException {

    public OrderConflictException(String message) {
        super(message);
    }
}
