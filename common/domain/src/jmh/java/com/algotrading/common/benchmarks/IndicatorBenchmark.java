package com.algotrading.common.benchmarks;

import com.algotrading.common.indicators.Indicator;
import com.algotrading.common.indicators.IndicatorSpec;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.SyntheticBars;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Nanoseconds per indicator update (one closed bar in, the value read back), each indicator in its own fork. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class IndicatorBenchmark {

    static final int BARS = 10_000;

    /** CLI names with their default arguments (sma 20, rsi 14, macd 12,26,9, stoch 14,3,3, supertrend 10,3, ...). */
    @Param({"sma", "ema", "wma", "rsi", "macd", "bbands", "atr", "adx", "stoch", "cci", "obv", "vwap", "supertrend"})
    public String indicator;

    private Bar[] bars;
    private Indicator live;

    @Setup
    public void loadBars() {
        List<Bar> series = SyntheticBars.daily(3, BARS, LocalDate.of(2000, 1, 3));
        bars = series.toArray(Bar[]::new);
    }

    @Setup(Level.Iteration)
    public void createIndicator() {
        live = IndicatorSpec.parse(indicator).create();
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double update() {
        double sum = 0;
        for (Bar bar : bars) {
            live.update(bar);
            sum += live.value();
        }
        return sum;
    }
}
