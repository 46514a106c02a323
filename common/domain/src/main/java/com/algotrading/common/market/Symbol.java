package com.algotrading.common.market;

import java.util.Locale;

/**
 * An instrument as people write it: exchange and trading symbol, {@code NSE:RELIANCE-EQ}.
 */
public record Symbol(Exchange exchange, String tradingSymbol) {

    public Symbol {
        if (exchange == null) {
            throw new IllegalArgumentException("exchange is required");
        }
        if (tradingSymbol == null || tradingSymbol.isBlank() || tradingSymbol.contains(":")) {
            throw new IllegalArgumentException("invalid trading symbol: " + tradingSymbol);
        }
    }

    /** Parses {@code EXCHANGE:SYMBOL}, e.g. {@code NSE:RELIANCE-EQ}. */
    public static Symbol parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("expected EXCHANGE:SYMBOL such as NSE:RELIANCE-EQ, got: " + text);
        }
        Exchange exchange;
        try {
            exchange = Exchange.valueOf(text.substring(0, colon).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown exchange in " + text, e);
        }
        return new Symbol(exchange, text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return exchange + ":" + tradingSymbol;
    }
}
