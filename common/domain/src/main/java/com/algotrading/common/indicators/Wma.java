package com.algotrading.common.indicators;

/**
 * Linearly weighted moving average (weights 1..period, newest heaviest), updated in O(1) by keeping the weighted sum
 * and the plain sum of the window, as TA-Lib does.
 */
public final class Wma extends PriceIndicator {

    private final int period;
    private final double divider;
    private final RingBuffer window;
    private long count;
    private double weightedSum;
    private double plainSum;
    private double leaving;
    private double value = Double.NaN;

    public Wma(int period) {
        this.period = Periods.require("WMA period", period, 1);
        this.divider = period * (period + 1) / 2.0;
        this.window = new RingBuffer(period);
    }

    @Override
    public void update(double x) {
        count++;
        window.push(x);
        if (count < period) {
            plainSum += x;
            weightedSum += x * count;
            return;
        }
        plainSum += x;
        plainSum -= leaving;
        weightedSum += x * period;
        leaving = window.oldest();
        value = weightedSum / divider;
        weightedSum -= plainSum;
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
