package com.algotrading.common.strategies;

import com.algotrading.common.indicators.Indicator;
import com.algotrading.common.indicators.SuperTrend;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.SyntheticBars;
import com.algotrading.common.orders.Position;
import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Indicator-driven rules against independently computed expectations (TA-Lib outputs, hand-made sessions). */
class IndicatorStrategiesTest {

    private static final List<Bar> BARS = SyntheticBars.daily(99, 1_200, LocalDate.of(2020, 1, 1));
    private static final double[] CLOSES = BARS.stream().mapToDouble(b -> Indicator.rupees(b.close())).toArray();

    private static List<Signal> run(Strategy strategy, List<Bar> bars) {
        List<Signal> signals = new ArrayList<>();
        bars.forEach(bar -> signals.add(strategy.onBar(bar, Position.FLAT)));
        return signals;
    }

    private static Strategy create(String type, String... pairs) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return StrategyCatalog.type(type).create(values);
    }

    /** Signals from strict sign changes of a − b (random-walk data has no exact ties); NaN before {@code begin}. */
    private static List<Signal> expectedCrosses(double[] a, double[] b, int begin, int enterSide, boolean exitOnOther) {
        List<Signal> expected = new ArrayList<>();
        int last = 0;
        for (int i = 0; i < BARS.size(); i++) {
            int side = i < begin ? 0 : (int) Math.signum(a[i - begin] - b[i - begin]);
            Signal signal = Signal.NONE;
            if (side != 0 && last == -side) {
                signal = side == enterSide ? Signal.ENTER_LONG : (exitOnOther ? Signal.EXIT_LONG : Signal.NONE);
            }
            last = side != 0 ? side : last;
            expected.add(signal);
        }
        return expected;
    }

    @Test
    void macdCrossoverFollowsTaLibsMacdAndSignalLines() {
        double[] macd = new double[BARS.size()];
        double[] signal = new double[BARS.size()];
        MInteger begin = new MInteger();
        new Core().macd(0, BARS.size() - 1, CLOSES, 12, 26, 9, begin, new MInteger(), macd, signal, new double[BARS.size()]);
        assertThat(run(create("macd-crossover"), BARS)).isEqualTo(expectedCrosses(macd, signal, begin.value, 1, true))
                .contains(Signal.ENTER_LONG, Signal.EXIT_LONG);
    }

    @Test
    void bollingerReversionEntersBelowTheLowerBandAndExitsAboveTheMiddle() {
        double[] upper = new double[BARS.size()];
        double[] middle = new double[BARS.size()];
        double[] lower = new double[BARS.size()];
        MInteger begin = new MInteger();
        new Core().bbands(0, BARS.size() - 1, CLOSES, 20, 2, 2, MAType.Sma, begin, new MInteger(), upper, middle, lower);
        double[] closes = java.util.Arrays.copyOfRange(CLOSES, begin.value, BARS.size());
        List<Signal> entries = expectedCrosses(closes, lower, begin.value, -1, false).stream()
                .map(s -> s == Signal.NONE ? Signal.NONE : Signal.ENTER_LONG).toList();
        List<Signal> exits = expectedCrosses(closes, middle, begin.value, 1, false).stream()
                .map(s -> s == Signal.NONE ? Signal.NONE : Signal.EXIT_LONG).toList();
        List<Signal> expected = new ArrayList<>();
        for (int i = 0; i < BARS.size(); i++) {
            expected.add(exits.get(i) != Signal.NONE ? exits.get(i) : entries.get(i));
        }
        assertThat(run(create("bollinger-reversion"), BARS)).isEqualTo(expected).contains(Signal.ENTER_LONG, Signal.EXIT_LONG);
    }

    @Test
    void superTrendEntersOnUpturnsAndExitsOnDownturns() {
        SuperTrend trend = new SuperTrend(10, 3);
        List<Signal> expected = new ArrayList<>();
        int previous = 0;
        for (Bar bar : BARS) {
            trend.update(bar);
            int direction = trend.direction();
            expected.add(previous == 0 || direction == previous ? Signal.NONE
                    : direction > 0 ? Signal.ENTER_LONG : Signal.EXIT_LONG);
            previous = direction;
        }
        assertThat(run(create("supertrend"), BARS)).isEqualTo(expected).contains(Signal.ENTER_LONG, Signal.EXIT_LONG);
    }

    private static Bar at(int day, int hour, int minute, long high, long low, long close, long volume) {
        return new Bar(LocalDate.of(2026, 3, 2).plusDays(day).atTime(LocalTime.of(hour, minute)).atZone(IstTime.ZONE).toInstant(),
                close, high, low, close, volume);
    }

    @Test
    void openingRangeBreakoutEntersOncePerDayAboveTheRangeAndExitsBelowIt() {
        List<Bar> session = List.of(
                at(0, 9, 15, 10_100, 9_900, 10_000, 1), at(0, 9, 20, 10_200, 9_800, 10_000, 1),
                at(0, 9, 25, 10_150, 9_950, 10_100, 1),   // range 98.00–102.00 complete
                at(0, 9, 30, 10_200, 10_100, 10_150, 1),  // inside
                at(0, 9, 35, 10_300, 10_200, 10_300, 1),  // above: enter
                at(0, 9, 40, 10_400, 10_300, 10_400, 1),  // still above: nothing new
                at(0, 9, 45, 10_400, 9_700, 9_700, 1),    // below the low: exit
                at(0, 9, 50, 10_500, 9_700, 10_500, 1),   // above again: already entered today
                at(1, 9, 15, 10_000, 9_900, 10_000, 1),   // new day, new range
                at(1, 9, 30, 10_200, 10_000, 10_200, 1)); // above the new range: enter
        assertThat(run(create("opening-range-breakout", "minutes", "15"), session)).containsExactly(
                Signal.NONE, Signal.NONE, Signal.NONE, Signal.NONE, Signal.ENTER_LONG, Signal.NONE, Signal.EXIT_LONG,
                Signal.NONE, Signal.NONE, Signal.ENTER_LONG);
    }

    @Test
    void vwapReversionEntersBelowTheBandAndExitsAboveVwap() {
        List<Bar> session = List.of(
                at(0, 9, 15, 10_000, 10_000, 10_000, 100),  // VWAP 100, close on VWAP, above the band
                at(0, 9, 20, 9_900, 9_900, 9_900, 1),       // VWAP 99.99, band 99.49: close 99 crosses below
                at(0, 9, 25, 10_100, 10_100, 10_100, 1));   // close 101 crosses above VWAP 100.00
        assertThat(run(create("vwap-reversion", "band", "0.5"), session))
                .containsExactly(Signal.NONE, Signal.ENTER_LONG, Signal.EXIT_LONG);
    }
}
