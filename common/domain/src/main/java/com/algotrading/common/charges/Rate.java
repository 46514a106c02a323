package com.algotrading.common.charges;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A fraction of an amount held exactly in billionths (0.0000297 = 29_700), so that charging a fill is integer
 * arithmetic: a backtest charges tens of thousands of fills and BigDecimal would dominate its run time.
 */
record Rate(long billionths) {

    private static final long BILLION = 1_000_000_000L;

    /** @throws IllegalArgumentException for a negative rate or one finer than a billionth */
    static Rate of(BigDecimal fraction) {
        if (fraction.signum() < 0) {
            throw new IllegalArgumentException("a charge rate cannot be negative: " + fraction);
        }
        try {
            return new Rate(fraction.movePointRight(9).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("charge rate " + fraction + " is finer than a billionth", e);
        }
    }

    /** This rate of {@code paise}, rounded half-up to the paisa. */
    long of(long paise) {
        try {
            return Math.addExact(Math.multiplyExact(paise, billionths), BILLION / 2) / BILLION;
        } catch (ArithmeticException overflow) {
            return BigDecimal.valueOf(paise).multiply(BigDecimal.valueOf(billionths))
                    .divide(BigDecimal.valueOf(BILLION), 0, RoundingMode.HALF_UP).longValueExact();
        }
    }
}
