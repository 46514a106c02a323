package com.algotrading.data.stream;

import com.algotrading.data.candles.CandleView;
import com.algotrading.data.candlestore.PublishedBar;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** The JSON data of a {@code bar} event; prices in rupees, time the bar's start at +05:30. */
record BarEvent(String symbol, String interval, OffsetDateTime time, BigDecimal open, BigDecimal high,
                BigDecimal low, BigDecimal close, long volume) {

    static BarEvent of(PublishedBar published) {
        CandleView candle = CandleView.of(published.bar());
        return new BarEvent(published.symbol().toString(), "1m", candle.time(), candle.open(), candle.high(),
                candle.low(), candle.close(), candle.volume());
    }
}
