package com.algotrading.common.indicators;

/** Simple moving average: the mean of the last {@code period} values. */
public final class Sma extends PriceIndicator {

    private final int period;
    private final RingBuffer window;
    private long count;
    private double sum;
    private double value = Double.NaN;

    public Sma(int period) {
        this.period = Periods.require("SMA period", period, 1);
        this.window = new RingBuffer(period);
    }

    @Override
    public void update(double x) {
        // TA-Lib's order: add the newest, divide, then drop the oldest; the same order gives the same rounding.
        sum += x;
        window.push(x);
        if (++count >= period) {
            value = sum / period;
            sum -= window.oldest();
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
