package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class SessionIndicatorsTest {

    private static Bar bar(LocalDateTime ist, long high, long low, long close, long volume) {
        return new Bar(ist.atZone(IstTime.ZONE).toInstant(), close, high, low, close, volume);
    }

    @Test
    void vwapWeighsTypicalPriceByVolumeAndRestartsEachIstDay() {
        SessionVwap vwap = new SessionVwap();
        LocalDate day = LocalDate.of(2026, 3, 2);
        vwap.update(bar(day.atTime(9, 15), 10_300, 9_900, 10_100, 100));   // typical 101.00
        vwap.update(bar(day.atTime(9, 20), 10_600, 10_300, 10_600, 300));  // typical 105.00
        assertThat(vwap.value()).isCloseTo((101.0 * 100 + 105.0 * 300) / 400, within(1e-12));

        vwap.update(bar(day.plusDays(1).atTime(9, 15), 20_000, 20_000, 20_000, 0));
        assertThat(vwap.isReady()).isFalse();
        vwap.update(bar(day.plusDays(1).atTime(9, 20), 20_000, 20_000, 20_000, 5));
        assertThat(vwap.value()).isEqualTo(200.0);
    }

    @Test
    void superTrendStartsUpHoldsItsLowerBandAndFlipsWhenCloseBreaksIt() {
        SuperTrend trend = new SuperTrend(1, 1);
        LocalDate day = LocalDate.of(2026, 3, 2);
        trend.update(bar(day.atTime(9, 15), 10_000, 10_000, 10_000, 1));
        assertThat(trend.isReady()).isFalse();
        trend.update(bar(day.atTime(9, 16), 10_200, 10_000, 10_100, 1));   // ATR 2, hl2 101 → lower 99
        assertThat(trend.direction()).isEqualTo(1);
        assertThat(trend.value()).isEqualTo(99.0);
        trend.update(bar(day.atTime(9, 17), 10_100, 9_900, 9_950, 1));     // lower would be 98 → held at 99
        assertThat(trend.value()).isEqualTo(99.0);
        trend.update(bar(day.atTime(9, 18), 9_900, 9_500, 9_500, 1));      // close 95 < 99: down, upper = 97 + 4.5
        assertThat(trend.direction()).isEqualTo(-1);
        assertThat(trend.value()).isEqualTo(101.5);
    }

    @Test
    void specsNameTheirColumnsAndRejectBadArguments() {
        assertThat(IndicatorSpec.parse("macd:12,26,9").columns())
                .containsExactly("macd(12,26,9).macd", "macd(12,26,9).signal", "macd(12,26,9).histogram");
        assertThat(IndicatorSpec.parse("bbands:20,2.0").columns()).containsExactly("bbands(20,2).upper", "bbands(20,2).middle", "bbands(20,2).lower");
        assertThat(IndicatorSpec.parse("rsi").columns()).containsExactly("rsi(14)");
        assertThat(IndicatorSpec.parse("vwap").columns()).containsExactly("vwap");
        assertThatThrownBy(() -> IndicatorSpec.parse("rsi:x")).hasMessageContaining("not a number");
        assertThatThrownBy(() -> IndicatorSpec.parse("rsi:14,2")).hasMessageContaining("takes 1 argument");
        assertThatThrownBy(() -> IndicatorSpec.parse("foo:1")).hasMessageContaining("unknown indicator");
        assertThatThrownBy(() -> IndicatorSpec.parse("sma:0")).hasMessageContaining("at least 1");
    }
}
