package com.algotrading.trading.market;

/** The data-service could not be asked (down, timed out, or refused us). */
public class MarketDataUnavailableException extends RuntimeException {

    public MarketDataUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
