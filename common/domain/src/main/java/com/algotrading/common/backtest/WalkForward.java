package com.algotrading.common.backtest;

import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.market.Bar;
import com.algotrading.common.orders.Trade;
import com.algotrading.common.strategies.Strategy;
import com.algotrading.common.strategies.StrategyRun;
import com.algotrading.common.strategies.StrategyType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rolling walk-forward: optimise on {@code inSample} bars (a {@link ParameterSweep}, best by the metric), trade the
 * winner on the next {@code outOfSample} bars, then roll forward by {@code outOfSample}. Each out-of-sample run is
 * warmed on its in-sample bars, starts with the previous one's final equity, and closes its position at its end. The
 * combined report chains the out-of-sample runs only: it is what the procedure would have earned.
 */
public final class WalkForward {

    /** One step: the in-sample start, the out-of-sample span, the chosen parameters and both sides' metrics. */
    public record Window(Instant inSampleStart, Instant outOfSampleStart, Instant outOfSampleEnd,
                         Map<String, BigDecimal> parameters, Metrics inSample, Metrics outOfSample) {
    }

    public record Result(List<Window> windows, List<Trade> trades, Metrics combined) {
    }

    private final BacktestSettings settings;
    private final ChargesModel charges;
    private final StrategyType type;
    private final Function<Strategy, StrategyRun> runs;
    private final RankMetric metric;

    public WalkForward(BacktestSettings settings, ChargesModel charges, StrategyType type,
                       Function<Strategy, StrategyRun> runs, RankMetric metric) {
        this.settings = settings;
        this.charges = charges;
        this.type = type;
        this.runs = runs;
        this.metric = metric;
    }

    /** @throws IllegalArgumentException when the windows do not fit the data or no grid point is valid */
    public Result run(List<Bar> bars, List<Map<String, BigDecimal>> grid, int inSample, int outOfSample) {
        if (inSample < 1 || outOfSample < 1 || inSample + outOfSample > bars.size()) {
            throw new IllegalArgumentException("walk-forward needs in-sample + out-of-sample ≤ " + bars.size()
                    + " bars, got " + inSample + " + " + outOfSample);
        }
        ParameterSweep sweep = new ParameterSweep(new Backtest(settings, charges), type, runs);
        List<Window> windows = new ArrayList<>();
        List<Trade> trades = new ArrayList<>();
        List<Bar> tested = new ArrayList<>();
        long[] equity = new long[bars.size()];
        long capital = settings.initialCapital();
        long exposedBars = 0;
        for (int start = 0; start + inSample < bars.size(); start += outOfSample) {
            int end = Math.min(start + inSample + outOfSample, bars.size());
            List<SweepPoint> ranked = sweep.run(bars.subList(start, start + inSample), 0, grid, metric).ranked();
            if (ranked.isEmpty()) {
                throw new IllegalArgumentException("no valid parameter point in the grid");
            }
            SweepPoint best = ranked.getFirst();
            BacktestResult result = new Backtest(settings.withInitialCapital(capital), charges)
                    .run(bars.subList(start, end), inSample, runs.apply(type.create(best.parameters())), event -> { });
            EquityCurve curve = result.equityCurve();
            for (int i = 0; i < curve.size(); i++) {
                equity[tested.size() + i] = curve.equity(i);
            }
            tested.addAll(bars.subList(start + inSample, end));
            trades.addAll(result.trades());
            capital = curve.equity(curve.size() - 1);
            // exposure is exposed/size as a double: multiplying back by size recovers the integer exactly.
            exposedBars += Math.round(result.metrics().exposure() * curve.size());
            windows.add(new Window(bars.get(start).start(), bars.get(start + inSample).start(), bars.get(end - 1).start(),
                    best.parameters(), best.metrics(), result.metrics()));
        }
        long[] testedEquity = Arrays.copyOf(equity, tested.size());
        return new Result(windows, List.copyOf(trades),
                Metrics.of(tested, testedEquity, trades, settings.initialCapital(), (int) exposedBars));
    }
}
