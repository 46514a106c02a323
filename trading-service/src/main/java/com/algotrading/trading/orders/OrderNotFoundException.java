package com.algotrading.trading.orders;

/** No order with that id. */
public class OrderNotFoundException extends RuntimeException {

    public OrderNotFoundException(String id) {
        super("no order " + id);
    }
}
