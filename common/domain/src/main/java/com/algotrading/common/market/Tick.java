package com.algotrading.common.market;

import java.time.Instant;

/**
 * One trade print from the live feed. Prices in paise.
 *
 * @param volumeToday the exchange's cumulative traded volume for the day; bar volume is the difference between
 *                    consecutive ticks' values (0 when the feed mode does not carry volume)
 */
public record Tick(Exchange exchange, InstrumentToken token, Instant exchangeTime, long lastPrice,
                   long lastQuantity, long volumeToday) {

    public Tick {
        if (lastPrice <= 0) {
            throw new IllegalArgumentException("last price must be positive, was " + lastPrice);
        }
        if (lastQuantity < 0 || volumeToday < 0) {
            throw new IllegalArgumentException("quantities must not be negative");
        }
    }
}
