package com.algotrading.common.strategies;

import com.algotrading.common.indicators.Indicator;
import com.algotrading.common.indicators.PriceIndicator;
import com.algotrading.common.market.Bar;
import com.algotrading.common.orders.Position;

/** Long when the fast average of closes crosses above the slow one, flat when it crosses below. */
final class MovingAverageCrossover implements Strategy {

    private final PriceIndicator fast;
    private final PriceIndicator slow;
    private final Crossing crossing = new Crossing();

    MovingAverageCrossover(PriceIndicator fast, PriceIndicator slow) {
        this.fast = fast;
        this.slow = slow;
    }

    @Override
    public Signal onBar(Bar bar, Position position) {
        double close = Indicator.rupees(bar.close());
        fast.update(close);
        slow.update(close);
        return Crossing.signal(crossing.update(fast.value(), slow.value()), 1);
    }
}
