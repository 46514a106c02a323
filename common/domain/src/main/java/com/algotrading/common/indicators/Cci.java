package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;

/**
 * Commodity channel index: typical price tp = (high + low + close) / 3, CCI = (tp − SMA(tp)) / (0.015 × mean absolute
 * deviation of tp from that SMA), 0 when either is 0. The mean deviation has no running form, so each bar costs
 * O(period) — the window only, never the history; the mean is a running sum.
 */
public final class Cci implements Indicator {

    private static final double RUPEES_PER_THREE_PAISE = 1.0 / 300;
    /** Lambert's constant, chosen so that most values fall within ±100. */
    private static final double LAMBERT = 0.015;

    private final int period;
    private final double reciprocal;
    private final RingBuffer typical;
    private long count;
    private double sum;
    private double value = Double.NaN;

    public Cci(int period) {
        this.period = Periods.require("CCI period", period, 2);
        this.reciprocal = 1.0 / period;
        this.typical = new RingBuffer(period);
    }

    /**
     * Divisions cost several times a multiplication and this update would otherwise make seven; the typical price
     * is summed in exact paise and converted once, and the means multiply by reciprocals. That reorders the
     * rounding against TA-Lib's formula by far less than its test tolerance.
     */
    @Override
    public void update(Bar bar) {
        double price = (bar.high() + bar.low() + bar.close()) * RUPEES_PER_THREE_PAISE;
        typical.push(price);
        sum += price;
        if (++count < period) {
            return;
        }
        double mean = sum * reciprocal;
        sum -= typical.oldest();
        double deviation = typical.absoluteDeviation(mean);
        double distance = price - mean;
        value = distance != 0.0 && deviation != 0.0 ? distance / (deviation * LAMBERT * reciprocal) : 0.0;
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
