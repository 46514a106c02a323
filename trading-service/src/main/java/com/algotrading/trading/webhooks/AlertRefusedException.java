package com.algotrading.trading.webhooks;

/** An alert that cannot be acted on as things are (a stopped deployment, an exit already working): 409. */
public class AlertRefusedException extends RuntimeException {

    AlertRefusedException(String message) {
        super(message);
    }
}
