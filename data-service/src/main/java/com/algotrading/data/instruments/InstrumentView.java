package com.algotrading.data.instruments;

import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.Prices;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An instrument on the REST API; prices in rupees. */
record InstrumentView(String symbol, String exchange, String token, String tradingSymbol, String name, String type,
                      int lotSize, BigDecimal tickSize, LocalDate expiry, BigDecimal strike) {

    static InstrumentView of(Instrument instrument) {
        return new InstrumentView(instrument.symbol().toString(), instrument.exchange().name(),
                instrument.token().value(), instrument.tradingSymbol(), instrument.name(), instrument.type().name(),
                instrument.lotSize(), Prices.toRupees(instrument.tickSize()), instrument.expiry().orElse(null),
                instrument.strike().map(Prices::toRupees).orElse(null));
    }
}
