package com.algotrading.trading.orders;

import com.algotrading.trading.web.NotFoundException;

/** No order with that id. */
public class OrderNotFoundException extends NotFoundException {

    public OrderNotFoundException(String id) {
        super("no order " + id);
    }
}
