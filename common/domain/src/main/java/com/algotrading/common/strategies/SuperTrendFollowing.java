package com.algotrading.common.strategies;

import com.algotrading.common.indicators.SuperTrend;
import com.algotrading.common.market.Bar;
import com.algotrading.common.orders.Position;

/** Long when SuperTrend's direction turns up, flat when it turns down; no entry on the first defined direction. */
final class SuperTrendFollowing implements Strategy {

    private final SuperTrend trend;
    private int previousDirection;

    SuperTrendFollowing(int period, double multiplier) {
        this.trend = new SuperTrend(period, multiplier);
    }

    @Override
    public Signal onBar(Bar bar, Position position) {
        trend.update(bar);
        int direction = trend.direction();
        int previous = previousDirection;
        previousDirection = direction;
        if (previous == 0 || direction == previous) {
            return Signal.NONE;
        }
        return direction > 0 ? Signal.ENTER_LONG : Signal.EXIT_LONG;
    }
}
