package com.algotrading.data.instruments;

import com.algotrading.common.market.Symbol;

/** No instrument has the requested symbol (answered with 404). */
public class UnknownInstrumentException extends RuntimeException {

    public UnknownInstrumentException(Symbol symbol) {
        super("no instrument " + symbol + "; search with GET /api/v1/instruments?query=" + symbol.tradingSymbol());
    }
}
