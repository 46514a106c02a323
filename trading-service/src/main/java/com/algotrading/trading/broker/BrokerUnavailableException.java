package com.algotrading.trading.broker;

/** The broker could not answer a question (unreachable, timed out, or its books could not be read). */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
