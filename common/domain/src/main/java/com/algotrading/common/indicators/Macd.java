package com.algotrading.common.indicators;

import java.util.List;

/**
 * MACD = EMA(fast) − EMA(slow), signal = EMA(signal) of MACD, histogram = MACD − signal. As in TA-Lib, the fast EMA
 * starts {@code slow − fast} bars late so that both averages' first values fall on the same bar.
 */
public final class Macd extends PriceIndicator {

    private static final List<String> OUTPUTS = List.of("macd", "signal", "histogram");

    private final int lateStart;
    private final Ema fast;
    private final Ema slow;
    private final Ema signal;
    private long count;
    private double macd = Double.NaN;

    public Macd(int fastPeriod, int slowPeriod, int signalPeriod) {
        Periods.require("MACD fast period", fastPeriod, 2);
        if (slowPeriod <= fastPeriod) {
            throw new IllegalArgumentException("MACD slow period must exceed the fast one, got " + fastPeriod + "," + slowPeriod);
        }
        this.lateStart = slowPeriod - fastPeriod;
        this.fast = new Ema(fastPeriod);
        this.slow = new Ema(slowPeriod);
        this.signal = new Ema(Periods.require("MACD signal period", signalPeriod, 1));
    }

    @Override
    public void update(double x) {
        if (++count > lateStart) {
            fast.update(x);
        }
        slow.update(x);
        if (slow.isReady()) {
            macd = fast.value() - slow.value();
            signal.update(macd);
        }
    }

    @Override
    public boolean isReady() {
        return signal.isReady();
    }

    @Override
    public double value() {
        return isReady() ? macd : Double.NaN;
    }

    @Override
    public List<String> outputNames() {
        return OUTPUTS;
    }

    @Override
    public double output(int index) {
        if (!isReady()) {
            return Double.NaN;
        }
        return switch (index) {
            case 0 -> macd;
            case 1 -> signal.value();
            case 2 -> macd - signal.value();
            default -> throw new IndexOutOfBoundsException(index);
        };
    }
}
