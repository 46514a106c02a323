package com.algotrading.trading.web;

/** Nothing of that kind with that id (an order, a deployment, a backtest run): answered 404 {@code /problems/not-found}. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
