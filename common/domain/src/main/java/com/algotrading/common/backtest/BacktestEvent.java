package com.algotrading.common.backtest;

import com.algotrading.common.orders.Fill;
import com.algotrading.common.orders.OrderIntent;
import com.algotrading.common.orders.Trade;

import java.time.Instant;

/** What the engine did, in order; tests record and compare the whole sequence. */
public sealed interface BacktestEvent {

    record OrderPlaced(Instant time, OrderIntent intent) implements BacktestEvent {
    }

    record OrderFilled(Fill fill) implements BacktestEvent {
    }

    /** A next-open order still pending when the data ended. */
    record OrderExpired(Instant time, OrderIntent intent) implements BacktestEvent {
    }

    record TradeClosed(Trade trade) implements BacktestEvent {
    }
}
