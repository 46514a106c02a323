package com.algotrading.common.benchmarks;

import com.algotrading.common.backtest.Backtest;
import com.algotrading.common.backtest.BacktestSettings;
import com.algotrading.common.backtest.FillModel;
import com.algotrading.common.backtest.Metrics;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.charges.Segment;
import com.algotrading.common.indicators.Indicator;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.SyntheticBars;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.common.strategies.StrategyRun;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.criteria.pnl.NetProfitCriterion;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.num.Num;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * SMA(10)/SMA(30) crossover over one million one-minute bars, long/flat, next-open fills: our engine (with and
 * without Indian charges) against ta4j on the same bars. Scores are per bar, so throughput = 1 / score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
public class BacktestBenchmark {

    static final int BARS = 1_000_000;

    private List<Bar> bars;
    private BarSeries series;
    private Backtest withoutCosts;
    private Backtest withCosts;

    @Setup
    public void setUp() {
        bars = List.copyOf(SyntheticBars.intraday(1, BARS / 375 + 1, Interval.ONE_MINUTE, LocalDate.of(2015, 1, 1)).subList(0, BARS));
        series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build();
        for (Bar bar : bars) {
            series.barBuilder().timePeriod(Duration.ofMinutes(1)).endTime(bar.start().plusSeconds(60))
                    .openPrice(Indicator.rupees(bar.open())).highPrice(Indicator.rupees(bar.high()))
                    .lowPrice(Indicator.rupees(bar.low())).closePrice(Indicator.rupees(bar.close())).volume(bar.volume()).add();
        }
        ChargesModel charges = ChargesModel.bundled();
        withoutCosts = new Backtest(new BacktestSettings(FillModel.NEXT_OPEN, 0, null, BacktestSettings.DEFAULT_CAPITAL,
                TickSize.EQUITY), charges);
        withCosts = new Backtest(new BacktestSettings(FillModel.NEXT_OPEN, 5, Segment.EQUITY_INTRADAY,
                BacktestSettings.DEFAULT_CAPITAL, TickSize.EQUITY), charges);
    }

    private static StrategyRun crossover() {
        return new StrategyRun(StrategyCatalog.type("sma-crossover").create(Map.of("fast", BigDecimal.valueOf(10),
                "slow", BigDecimal.valueOf(30))), new Sizing.FixedQuantity(100), ExitRules.NONE, 1);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public Metrics oursWithoutCosts() {
        return withoutCosts.run(bars, crossover()).metrics();
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public Metrics oursWithIndianCharges() {
        return withCosts.run(bars, crossover()).metrics();
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public Num ta4j() {
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        SMAIndicator fast = new SMAIndicator(close, 10);
        SMAIndicator slow = new SMAIndicator(close, 30);
        TradingRecord record = new BarSeriesManager(series).run(new BaseStrategy(new CrossedUpIndicatorRule(fast, slow),
                new CrossedDownIndicatorRule(fast, slow)));
        return new NetProfitCriterion().calculate(series, record);
    }
}
