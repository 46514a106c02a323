package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;

import java.util.List;

/**
 * Slow stochastic: fast %K = 100 × (close − lowest low) / (highest high − lowest low) over {@code kPeriod} bars (0 when
 * the range is 0), slow %K = SMA({@code kSlowing}) of fast %K, %D = SMA({@code dPeriod}) of slow %K. Both outputs
 * appear together once %D is defined, as in TA-Lib.
 */
public final class Stochastic implements Indicator {

    private static final List<String> OUTPUTS = List.of("k", "d");

    private final RollingRange range;
    private final int kPeriod;
    private final Sma slowK;
    private final Sma slowD;
    private long count;

    public Stochastic(int kPeriod, int kSlowing, int dPeriod) {
        this.kPeriod = Periods.require("stochastic %K period", kPeriod, 1);
        this.range = new RollingRange(kPeriod);
        this.slowK = new Sma(kSlowing);
        this.slowD = new Sma(dPeriod);
    }

    /** %K is a ratio of price differences, so it is computed on exact paise: no rupee conversion, one division. */
    @Override
    public void update(Bar bar) {
        range.push(bar.high(), bar.low());
        if (++count < kPeriod) {
            return;
        }
        long lowest = range.lowest();
        long width = range.highest() - lowest;
        slowK.update(width != 0 ? 100.0 * (bar.close() - lowest) / width : 0.0);
        if (slowK.isReady()) {
            slowD.update(slowK.value());
        }
    }

    @Override
    public boolean isReady() {
        return slowD.isReady();
    }

    @Override
    public double value() {
        return isReady() ? slowK.value() : Double.NaN;
    }

    @Override
    public List<String> outputNames() {
        return OUTPUTS;
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case 0 -> value();
            case 1 -> slowD.value();
            default -> throw new IndexOutOfBoundsException(index);
        };
    }
}
