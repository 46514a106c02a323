package com.algotrading.common.market;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PricesTest {

    @Property
    void readsEveryPlainRupeeAmountAsBigDecimalWould(@ForAll @LongRange(min = 0, max = 999_999_999_999_999L) long paise,
                                                     @ForAll @IntRange(min = 0, max = 2) int decimals) {
        String text = BigDecimal.valueOf(paise, 2).setScale(decimals, java.math.RoundingMode.DOWN).toPlainString();
        long expected = new BigDecimal(text).movePointRight(2).longValueExact();
        assertThat(Prices.parseRupees(text)).isEqualTo(expected);
    }

    @Example
    void readsTheShapesPeopleWrite() {
        assertThat(Prices.parseRupees("2450.05")).isEqualTo(245_005);
        assertThat(Prices.parseRupees("2450.5")).isEqualTo(245_050);
        assertThat(Prices.parseRupees(" 2450 ")).isEqualTo(245_000);
        assertThat(Prices.parseRupees("2450.")).isEqualTo(245_000);
        assertThat(Prices.parseRupees(".05")).isEqualTo(5);
        assertThat(Prices.parseRupees("2450.500")).isEqualTo(245_050);
        assertThat(Prices.parseRupees("-1.25")).isEqualTo(-125);
        assertThat(Prices.parseRupees("1e2")).isEqualTo(10_000);
    }

    @Example
    void rejectsFractionsOfAPaisaAndNonNumbers() {
        for (String bad : new String[] {"2450.051", "24x0", "", "1.2.3", "+-1"}) {
            assertThatThrownBy(() -> Prices.parseRupees(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
