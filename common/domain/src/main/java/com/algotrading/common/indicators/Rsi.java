package com.algotrading.common.indicators;

/**
 * Wilder's relative strength index: average gain and loss seeded with the mean of the first {@code period} changes,
 * then smoothed {@code avg = (avg * (period - 1) + change) / period}; RSI = 100 * gain / (gain + loss), 0 when both
 * are zero (TA-Lib's convention).
 */
public final class Rsi extends PriceIndicator {

    private final int period;
    private long changes;
    private double previous = Double.NaN;
    private double gain;
    private double loss;
    private double value = Double.NaN;

    public Rsi(int period) {
        this.period = Periods.require("RSI period", period, 2);
    }

    @Override
    public void update(double x) {
        double change = x - previous;
        previous = x;
        if (Double.isNaN(change)) {
            return;
        }
        changes++;
        if (changes <= period) {
            accumulate(change);
            if (changes == period) {
                gain /= period;
                loss /= period;
                value = strength();
            }
            return;
        }
        gain *= period - 1;
        loss *= period - 1;
        accumulate(change);
        gain /= period;
        loss /= period;
        value = strength();
    }

    private void accumulate(double change) {
        if (change < 0) {
            loss -= change;
        } else {
            gain += change;
        }
    }

    private double strength() {
        double total = gain + loss;
        return Math.abs(total) < 1e-8 ? 0.0 : 100.0 * (gain / total);
    }

    @Override
    public boolean isReady() {
        return changes >= period;
    }

    @Override
    public double value() {
        return value;
    }
}
