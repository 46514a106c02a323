package com.algotrading.common.market;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A tradable instrument. Prices are in paise.
 *
 * @param tickSize    the smallest price step, in paise (NSE equity: 5 = ₹0.05)
 * @param expiry      for derivatives only
 * @param strike      for options only, in paise
 */
public record Instrument(
        Exchange exchange,
        InstrumentToken token,
        String tradingSymbol,
        String name,
        InstrumentType type,
        int lotSize,
        long tickSize,
        Optional<LocalDate> expiry,
        Optional<Long> strike) {

    public Instrument {
        if (lotSize < 1) {
            throw new IllegalArgumentException("lot size must be at least 1, got " + lotSize + " for " + tradingSymbol);
        }
        if (tickSize < 1) {
            throw new IllegalArgumentException("tick size must be at least 1 paisa, got " + tickSize + " for " + tradingSymbol);
        }
        new Symbol(exchange, tradingSymbol);
    }

    /** A cash-equity instrument (no expiry, no strike). */
    public static Instrument equity(Exchange exchange, String token, String tradingSymbol, String name, long tickSize) {
        return new Instrument(exchange, new InstrumentToken(token), tradingSymbol, name, InstrumentType.EQUITY, 1,
                tickSize, Optional.empty(), Optional.empty());
    }

    public Symbol symbol() {
        return new Symbol(exchange, tradingSymbol);
    }

    /** This instrument's price grid. */
    public TickSize tick() {
        return new TickSize(tickSize);
    }
}
