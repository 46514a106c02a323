package com.algotrading.trading.market;

import com.algotrading.common.market.Symbol;

import java.time.Instant;

/** Told of every last-price tick, on the tick stream's thread: keep it short. */
@FunctionalInterface
public interface TickListener {

    void ticked(Symbol symbol, long lastPrice, Instant time);
}
