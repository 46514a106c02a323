package com.algotrading.common.market;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RupeesTest {

    @Example
    void formatsWithTheSignFirstAndTheIndianGrouping() {
        assertThat(Rupees.format(0)).isEqualTo("₹0.00");
        assertThat(Rupees.format(5)).isEqualTo("₹0.05");
        assertThat(Rupees.format(99_999)).isEqualTo("₹999.99");
        assertThat(Rupees.format(100_000)).isEqualTo("₹1,000.00");
        assertThat(Rupees.format(8_632_297)).isEqualTo("₹86,322.97");
        assertThat(Rupees.format(-8_632_297)).isEqualTo("-₹86,322.97");
        assertThat(Rupees.format(-1)).isEqualTo("-₹0.01");
        assertThat(Rupees.format(12_345_678)).isEqualTo("₹1,23,456.78");
        assertThat(Rupees.format(100_000_000)).isEqualTo("₹10,00,000.00");
        assertThat(Rupees.format(12_345_678_900L)).isEqualTo("₹12,34,56,789.00");
        assertThat(Rupees.format(Long.MIN_VALUE)).isEqualTo("-₹92,23,37,20,36,85,47,758.08");
    }

    @Property
    void readsBackWhatItWrites(@ForAll @LongRange(min = 0) long paise) {
        assertThat(Rupees.parse(Rupees.format(paise).substring(1))).isEqualTo(paise);
    }

    @Example
    void readsAmountsWithOrWithoutTheIndianGrouping() {
        assertThat(Rupees.parse("1000000")).isEqualTo(100_000_000);
        assertThat(Rupees.parse("10,00,000")).isEqualTo(100_000_000);
        assertThat(Rupees.parse(" 10,00,000.50 ")).isEqualTo(100_000_050);
        assertThat(Rupees.parse("1,00,00,000")).isEqualTo(1_000_000_000);
        assertThat(Rupees.parse("1,000")).isEqualTo(100_000);
        assertThat(Rupees.parse("2450.5")).isEqualTo(245_050);
    }

    @Example
    void refusesCommasOutsideTheIndianGroupingNamingTheShapeItWants() {
        for (String misgrouped : new String[] {"1,000,000", "10,0,000", "100,00,000", "1,0000", "10,00,000,"}) {
            assertThatThrownBy(() -> Rupees.parse(misgrouped)).as(misgrouped)
                    .hasMessage("\"" + misgrouped + "\" is not grouped the Indian way (10,00,000: the last three digits,"
                            + " then pairs); write it so or without commas");
        }
    }

    @Example
    void refusesWhatIsNotAnAmount() {
        for (String bad : new String[] {"", "abc", "-5", "10,00,000.505", "1e6", "₹5", ",100", "10 00 000"}) {
            assertThatThrownBy(() -> Rupees.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not");
        }
        assertThatThrownBy(() -> Rupees.parse("3pm")).hasMessage("\"3pm\" is not an amount of rupees with at most two"
                + " decimals, such as 10,00,000 or 250000.50");
    }
}
