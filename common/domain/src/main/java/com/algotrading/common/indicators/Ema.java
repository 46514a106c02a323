package com.algotrading.common.indicators;

/**
 * Exponential moving average with {@code k = 2 / (period + 1)}, seeded (as TA-Lib does) with the SMA of the first
 * {@code period} values.
 */
public final class Ema extends PriceIndicator {

    private final int period;
    private final double k;
    private long count;
    private double seedSum;
    private double value = Double.NaN;

    public Ema(int period) {
        this.period = Periods.require("EMA period", period, 1);
        this.k = 2.0 / (period + 1);
    }

    @Override
    public void update(double x) {
        count++;
        if (count < period) {
            seedSum += x;
        } else if (count == period) {
            value = (seedSum + x) / period;
        } else {
            value = (x - value) * k + value;
        }
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
