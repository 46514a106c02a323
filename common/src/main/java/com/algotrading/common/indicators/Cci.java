package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;

/**
 * Commodity channel index: typical price tp = (high + low + close) / 3, CCI = (tp − SMA(tp)) / (0.015 × mean absolute
 * deviation of tp from that SMA), 0 when either is 0. The mean deviation has no running form, so each bar costs
 * O(period) — the window only, never the history; the mean is a running sum.
 */
public final class Cci implements Indicator {

    private final int period;
    private final RingBuffer typical;
    private long count;
    private double sum;
    private double value = Double.NaN;

    public Cci(int period) {
        this.period = Periods.require("CCI period", period, 2);
        this.typical = new RingBuffer(period);
    }

    @Override
    public void update(Bar bar) {
        update(Indicator.rupees(bar.high()), Indicator.rupees(bar.low()), Indicator.rupees(bar.close()));
    }

    void update(double high, double low, double close) {
        double price = (high + low + close) / 3;
        typical.push(price);
        sum += price;
        if (++count < period) {
            return;
        }
        double mean = sum / period;
        sum -= typical.oldest();
        double deviation = typical.absoluteDeviation(mean);
        double distance = price - mean;
        value = distance != 0.0 && deviation != 0.0 ? distance / (0.015 * (deviation / period)) : 0.0;
    }

    @Override
    public boolean isReady() {
        return count >= period;
    }

    @Override
    public double value() {
        return value;
    }
}
