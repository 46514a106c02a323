package com.algotrading.trading.market;

import com.algotrading.common.market.Symbol;

/** The data-service lists no such instrument. */
public class UnknownInstrumentException extends RuntimeException {

    public UnknownInstrumentException(Symbol symbol) {
        super("unknown instrument " + symbol + " (instruments come from the data-service's instrument master)");
    }
}
