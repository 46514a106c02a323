package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;

/**
 * Wilder's average directional index, exactly as TA-Lib computes it: +DM, −DM and TR are summed over the first
 * {@code period − 1} changes, then smoothed {@code s = s − s / period + x}; DX = 100 × |+DI − −DI| / (+DI + −DI);
 * the first ADX (bar {@code 2 × period − 1}) is the mean of {@code period} DX values, then
 * {@code adx = (adx * (period − 1) + dx) / period}.
 */
public final class Adx implements Indicator {

    private final int period;
    private long count;
    private double previousHigh;
    private double previousLow;
    private double previousClose;
    private double plusDm;
    private double minusDm;
    private double trueRange;
    private double dxSum;
    private double value = Double.NaN;

    public Adx(int period) {
        this.period = Periods.require("ADX period", period, 2);
    }

    @Override
    public void update(Bar bar) {
        update(Indicator.rupees(bar.high()), Indicator.rupees(bar.low()), Indicator.rupees(bar.close()));
    }

    void update(double high, double low, double close) {
        count++;
        if (count > 1) {
            step(high, low, close);
        }
        previousHigh = high;
        previousLow = low;
        previousClose = close;
    }

    private void step(double high, double low, double close) {
        double up = high - previousHigh;
        double down = previousLow - low;
        double range = TrueRange.of(high, low, previousClose);
        if (count > period) {
            minusDm -= minusDm / period;
            plusDm -= plusDm / period;
            trueRange = trueRange - trueRange / period + range;
        } else {
            trueRange += range;
        }
        if (down > 0 && up < down) {
            minusDm += down;
        } else if (up > 0 && up > down) {
            plusDm += up;
        }
        if (count > period) {
            average(directionalIndex());
        }
    }

    private void average(double dx) {
        if (count <= 2L * period) {
            if (!Double.isNaN(dx)) {
                dxSum += dx;
            }
            if (count == 2L * period) {
                value = dxSum / period;
            }
        } else if (!Double.isNaN(dx)) {
            value = (value * (period - 1) + dx) / period;
        }
    }

    private double directionalIndex() {
        if (Math.abs(trueRange) < 1e-8) {
            return Double.NaN;
        }
        double minusDi = 100.0 * (minusDm / trueRange);
        double plusDi = 100.0 * (plusDm / trueRange);
        double sum = minusDi + plusDi;
        return Math.abs(sum) < 1e-8 ? Double.NaN : 100.0 * (Math.abs(minusDi - plusDi) / sum);
    }

    @Override
    public boolean isReady() {
        return count >= 2L * period;
    }

    @Override
    public double value() {
        return value;
    }
}
