package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;

/**
 * Average true range: the first value is the mean of the first {@code period} true ranges (the first bar has none),
 * then Wilder's smoothing {@code atr = (atr * (period - 1) + tr) / period}.
 */
public final class Atr implements Indicator {

    private final int period;
    private long ranges;
    private double previousClose = Double.NaN;
    private double value = Double.NaN;
    private double seedSum;

    public Atr(int period) {
        this.period = Periods.require("ATR period", period, 1);
    }

    @Override
    public void update(Bar bar) {
        update(Indicator.rupees(bar.high()), Indicator.rupees(bar.low()), Indicator.rupees(bar.close()));
    }

    void update(double high, double low, double close) {
        double previous = previousClose;
        previousClose = close;
        if (Double.isNaN(previous)) {
            return;
        }
        double range = TrueRange.of(high, low, previous);
        ranges++;
        if (ranges < period) {
            seedSum += range;
        } else if (ranges == period) {
            value = (seedSum + range) / period;
        } else {
            value = (value * (period - 1) + range) / period;
        }
    }

    @Override
    public boolean isReady() {
        return ranges >= period;
    }

    @Override
    public double value() {
        return value;
    }
}
