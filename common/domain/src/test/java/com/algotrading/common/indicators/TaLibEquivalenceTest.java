package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.SyntheticBars;
import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Each indicator, fed bar by bar, equals TA-Lib's batch output on every bar after TA-Lib's lookback and is
 * undefined before it. Tolerance: 1e-9 relative (1e-9 absolute for values within 1 of zero, such as a MACD
 * histogram crossing zero, where a relative error means nothing).
 */
class TaLibEquivalenceTest {

    private static final double TOLERANCE = 1e-9;
    private static final Core TA_LIB = new Core();

    static Stream<List<Bar>> series() {
        return Stream.of(
                SyntheticBars.daily(7, 1_500, LocalDate.of(2020, 1, 1)),
                SyntheticBars.intraday(11, 4, Interval.FIVE_MINUTE, LocalDate.of(2026, 3, 2)),
                flatThenMoving());
    }

    /** Equal closes exercise the zero-range branches (RSI 0/0, stochastic range 0, CCI deviation 0). */
    private static List<Bar> flatThenMoving() {
        List<Bar> walk = SyntheticBars.daily(3, 400, LocalDate.of(2021, 1, 1));
        Bar first = walk.getFirst();
        Stream<Bar> flat = walk.subList(0, 40).stream()
                .map(bar -> new Bar(bar.start(), first.close(), first.close(), first.close(), first.close(), 0));
        return Stream.concat(flat, walk.subList(40, walk.size()).stream()).toList();
    }

    @ParameterizedTest
    @MethodSource("series")
    void movingAveragesMatchTaLib(List<Bar> bars) {
        Prices p = new Prices(bars);
        for (int period : new int[]{2, 10, 30}) {
            check("sma", bars, () -> new Sma(period), (s, e, b, n, out) -> TA_LIB.sma(s, e, p.close, period, b, n, out[0]), 1);
            check("ema", bars, () -> new Ema(period), (s, e, b, n, out) -> TA_LIB.ema(s, e, p.close, period, b, n, out[0]), 1);
            check("wma", bars, () -> new Wma(period), (s, e, b, n, out) -> TA_LIB.wma(s, e, p.close, period, b, n, out[0]), 1);
        }
    }

    @ParameterizedTest
    @MethodSource("series")
    void oscillatorsMatchTaLib(List<Bar> bars) {
        Prices p = new Prices(bars);
        check("rsi", bars, () -> new Rsi(14), (s, e, b, n, out) -> TA_LIB.rsi(s, e, p.close, 14, b, n, out[0]), 1);
        check("macd", bars, () -> new Macd(12, 26, 9),
                (s, e, b, n, out) -> TA_LIB.macd(s, e, p.close, 12, 26, 9, b, n, out[0], out[1], out[2]), 3);
        check("bbands", bars, () -> new BollingerBands(20, 2),
                (s, e, b, n, out) -> TA_LIB.bbands(s, e, p.close, 20, 2, 2, MAType.Sma, b, n, out[0], out[1], out[2]), 3);
        check("stoch", bars, () -> new Stochastic(14, 3, 3), (s, e, b, n, out) ->
                TA_LIB.stoch(s, e, p.high, p.low, p.close, 14, 3, MAType.Sma, 3, MAType.Sma, b, n, out[0], out[1]), 2);
        check("cci", bars, () -> new Cci(20), (s, e, b, n, out) -> TA_LIB.cci(s, e, p.high, p.low, p.close, 20, b, n, out[0]), 1);
    }

    @ParameterizedTest
    @MethodSource("series")
    void rangeAndVolumeIndicatorsMatchTaLib(List<Bar> bars) {
        Prices p = new Prices(bars);
        check("atr", bars, () -> new Atr(14), (s, e, b, n, out) -> TA_LIB.atr(s, e, p.high, p.low, p.close, 14, b, n, out[0]), 1);
        check("adx", bars, () -> new Adx(14), (s, e, b, n, out) -> TA_LIB.adx(s, e, p.high, p.low, p.close, 14, b, n, out[0]), 1);
        check("obv", bars, Obv::new, (s, e, b, n, out) -> TA_LIB.obv(s, e, p.close, p.volume, b, n, out[0]), 1);
    }

    private interface TaLibCall {
        RetCode run(int start, int end, MInteger begin, MInteger count, double[][] outputs);
    }

    private record Prices(double[] high, double[] low, double[] close, double[] volume) {
        Prices(List<Bar> bars) {
            this(column(bars, Bar::high), column(bars, Bar::low), column(bars, Bar::close),
                    bars.stream().mapToDouble(Bar::volume).toArray());
        }

        private static double[] column(List<Bar> bars, java.util.function.ToLongFunction<Bar> price) {
            return bars.stream().mapToDouble(bar -> Indicator.rupees(price.applyAsLong(bar))).toArray();
        }
    }

    private static void check(String name, List<Bar> bars, Supplier<Indicator> factory, TaLibCall call, int outputs) {
        double[][] expected = new double[outputs][bars.size()];
        MInteger begin = new MInteger();
        MInteger count = new MInteger();
        assertThat(call.run(0, bars.size() - 1, begin, count, expected)).isEqualTo(RetCode.Success);
        Indicator indicator = factory.get();
        for (int i = 0; i < bars.size(); i++) {
            indicator.update(bars.get(i));
            boolean defined = i >= begin.value;
            assertThat(indicator.isReady()).as("%s ready at bar %d (TA-Lib starts at %d)", name, i, begin.value).isEqualTo(defined);
            for (int o = 0; o < outputs; o++) {
                double ours = indicator.output(o);
                if (defined && !close(ours, expected[o][i - begin.value])) {
                    fail(name + " output " + o + " at bar " + i + ": ours " + ours + ", TA-Lib " + expected[o][i - begin.value]);
                }
            }
        }
    }

    private static boolean close(double ours, double theirs) {
        return Math.abs(ours - theirs) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(ours), Math.abs(theirs)));
    }
}
