package com.algotrading.data.candles;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Prices;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A candle on the REST API and the bar stream: start time at +05:30, prices in rupees. */
public record CandleView(OffsetDateTime time, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
                         long volume) {


    public static CandleView of(Bar bar) {
        return new CandleView(OffsetDateTime.ofInstant(bar.start(), IstTime.OFFSET), Prices.toRupees(bar.open()),
                Prices.toRupees(bar.high()), Prices.toRupees(bar.low()), Prices.toRupees(bar.close()), bar.volume());
    }
}
