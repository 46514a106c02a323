package com.algotrading.data.stream;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Prices;
import com.algotrading.common.market.Tick;
import com.algotrading.data.bars.LiveTick;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The JSON data of a {@code tick} event: the last price in rupees, written like the bar stream's prices; the
 * exchange's time at +05:30. {@code lastQuantity} and {@code volumeToday} are 0 when the feed mode does not carry
 * them.
 */
record TickEvent(String symbol, OffsetDateTime time, BigDecimal lastPrice, long lastQuantity, long volumeToday) {

    static TickEvent of(LiveTick live) {
        Tick tick = live.tick();
        return new TickEvent(live.symbol().toString(), OffsetDateTime.ofInstant(tick.exchangeTime(), IstTime.ZONE),
                Prices.toRupees(tick.lastPrice()), tick.lastQuantity(), tick.volumeToday());
    }
}
