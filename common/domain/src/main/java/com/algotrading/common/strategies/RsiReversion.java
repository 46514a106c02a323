package com.algotrading.common.strategies;

import com.algotrading.common.indicators.Rsi;
import com.algotrading.common.market.Bar;
import com.algotrading.common.orders.Position;

/** Long when RSI crosses below {@code lower}, flat when it crosses above {@code upper} (the crossing rule of {@link Crossing}). */
final class RsiReversion implements Strategy {

    private final Rsi rsi;
    private final double lower;
    private final double upper;
    private final Crossing lowerCrossing = new Crossing();
    private final Crossing upperCrossing = new Crossing();

    RsiReversion(int period, double lower, double upper) {
        if (!(lower < upper)) {
            throw new IllegalArgumentException("RSI lower threshold must be below the upper one, got " + lower + " and " + upper);
        }
        this.rsi = new Rsi(period);
        this.lower = lower;
        this.upper = upper;
    }

    @Override
    public Signal onBar(Bar bar, Position position) {
        rsi.update(bar);
        double value = rsi.value();
        if (upperCrossing.update(value, upper) > 0) {
            return Signal.EXIT_LONG;
        }
        return lowerCrossing.update(value, lower) < 0 ? Signal.ENTER_LONG : Signal.NONE;
    }
}
