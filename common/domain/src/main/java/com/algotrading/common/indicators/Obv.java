package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;

/** On-balance volume: starts at the first bar's volume, then adds the volume on up-closes and subtracts it on down-closes. */
public final class Obv implements Indicator {

    private double previousClose = Double.NaN;
    private double value = Double.NaN;

    @Override
    public void update(Bar bar) {
        double close = Indicator.rupees(bar.close());
        double volume = bar.volume();
        if (Double.isNaN(previousClose)) {
            value = volume;
        } else if (close > previousClose) {
            value += volume;
        } else if (close < previousClose) {
            value -= volume;
        }
        previousClose = close;
    }

    @Override
    public boolean isReady() {
        return !Double.isNaN(value);
    }

    @Override
    public double value() {
        return value;
    }
}
