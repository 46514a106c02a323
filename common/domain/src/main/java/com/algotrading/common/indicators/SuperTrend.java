package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;

import java.util.List;

/**
 * SuperTrend on Wilder's ATR. Bands: hl2 ± multiplier × ATR with hl2 = (high + low) / 2. Direction starts up on the
 * first bar with an ATR; afterwards it turns up when the close rises above the previous upper band, down when it
 * falls below the previous lower band, and otherwise stays. While up, the lower band never falls; while down, the
 * upper band never rises. The value is the lower band in an up-trend and the upper band in a down-trend; the
 * {@code direction} output is +1 or −1.
 */
public final class SuperTrend implements Indicator {

    private static final List<String> OUTPUTS = List.of("value", "direction");

    private final Atr atr;
    private final double multiplier;
    private double upper = Double.NaN;
    private double lower = Double.NaN;
    private int direction;

    public SuperTrend(int period, double multiplier) {
        if (!(multiplier > 0)) {
            throw new IllegalArgumentException("SuperTrend multiplier must be positive, got " + multiplier);
        }
        this.atr = new Atr(period);
        this.multiplier = multiplier;
    }

    @Override
    public void update(Bar bar) {
        double high = Indicator.rupees(bar.high());
        double low = Indicator.rupees(bar.low());
        double close = Indicator.rupees(bar.close());
        atr.update(high, low, close);
        if (!atr.isReady()) {
            return;
        }
        double middle = (high + low) / 2;
        double basicUpper = middle + multiplier * atr.value();
        double basicLower = middle - multiplier * atr.value();
        if (direction == 0) {
            direction = 1;
        } else if (close > upper) {
            direction = 1;
        } else if (close < lower) {
            direction = -1;
        }
        boolean holdLower = direction > 0 && basicLower < lower;
        boolean holdUpper = direction < 0 && basicUpper > upper;
        lower = holdLower ? lower : basicLower;
        upper = holdUpper ? upper : basicUpper;
    }

    @Override
    public boolean isReady() {
        return direction != 0;
    }

    @Override
    public double value() {
        if (direction == 0) {
            return Double.NaN;
        }
        return direction > 0 ? lower : upper;
    }

    /** +1 in an up-trend, −1 in a down-trend, 0 during warm-up. */
    public int direction() {
        return direction;
    }

    @Override
    public List<String> outputNames() {
        return OUTPUTS;
    }

    @Override
    public double output(int index) {
        return switch (index) {
            case 0 -> value();
            case 1 -> direction == 0 ? Double.NaN : direction;
            default -> throw new IndexOutOfBoundsException(index);
        };
    }
}
