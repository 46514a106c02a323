package com.algotrading.common.strategies;

import com.algotrading.common.indicators.Macd;
import com.algotrading.common.market.Bar;
import com.algotrading.common.orders.Position;

/** Long when the MACD line crosses above its signal line, flat when it crosses below. */
final class MacdCrossover implements Strategy {

    private final Macd macd;
    private final Crossing crossing = new Crossing();

    MacdCrossover(int fast, int slow, int signal) {
        this.macd = new Macd(fast, slow, signal);
    }

    @Override
    public Signal onBar(Bar bar, Position position) {
        macd.update(bar);
        return Crossing.signal(crossing.update(macd.output(0), macd.output(1)), 1);
    }
}
