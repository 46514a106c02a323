package com.algotrading.common.charges;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;

import java.math.BigDecimal;
import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

class RateTest {

    /** The integer fast path rounds exactly as BigDecimal half-up would, overflow fallback included. */
    @Property
    void chargesLikeBigDecimalHalfUp(@ForAll @BigRange(min = "0", max = "1") @Scale(9) BigDecimal fraction,
                                     @ForAll @LongRange(min = 0, max = Long.MAX_VALUE / 2) long paise) {
        long expected = new BigDecimal(paise).multiply(fraction).setScale(0, RoundingMode.HALF_UP).longValueExact();
        assertThat(Rate.of(fraction).of(paise)).isEqualTo(expected);
    }

    /** The product fits a long but adding the half for rounding does not; a CI run once found this. */
    @Example
    void chargesCorrectlyWhenRoundingTheProductWouldOverflow() {
        long paise = Long.MAX_VALUE / 2;
        assertThat(Rate.of(new BigDecimal("0.000000002")).of(paise)).isEqualTo(9_223_372_037L);
    }
}
