package com.algotrading.common.backtest;

import com.algotrading.common.market.Bar;
import com.algotrading.common.strategies.Strategy;
import com.algotrading.common.strategies.StrategyRun;
import com.algotrading.common.strategies.StrategyType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Backtests every point of a parameter grid in parallel (the common fork-join pool: all cores) and ranks them by a
 * metric, best first; equal scores keep grid order, so the ranking does not depend on thread timing. Points the
 * strategy type rejects (e.g. fast ≥ slow) are skipped with their reason.
 */
public final class ParameterSweep {

    /** The ranked points, and a "parameters: reason" line per skipped point, in grid order. */
    public record Result(List<SweepPoint> ranked, List<String> skipped) {
    }

    private record Skip(int order, String reason) {
    }

    private final Backtest backtest;
    private final StrategyType type;
    private final Function<Strategy, StrategyRun> runs;

    /** @param runs wraps each point's fresh strategy with the run's sizing and exits */
    public ParameterSweep(Backtest backtest, StrategyType type, Function<Strategy, StrategyRun> runs) {
        this.backtest = backtest;
        this.type = type;
        this.runs = runs;
    }

    public Result run(List<Bar> bars, int warmUp, List<Map<String, BigDecimal>> grid, RankMetric metric) {
        return run(bars, warmUp, grid, metric, done -> { });
    }

    /** @param progress told the number of points finished so far, from whichever thread finished one */
    public Result run(List<Bar> bars, int warmUp, List<Map<String, BigDecimal>> grid, RankMetric metric,
                      IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        List<Skip> skipped = Collections.synchronizedList(new ArrayList<>());
        List<SweepPoint> ranked = IntStream.range(0, grid.size()).parallel().mapToObj(i -> {
            Strategy strategy;
            try {
                strategy = type.create(grid.get(i));
            } catch (IllegalArgumentException invalid) {
                skipped.add(new Skip(i, grid.get(i) + ": " + invalid.getMessage()));
                progress.accept(done.incrementAndGet());
                return null;
            }
            SweepPoint point = new SweepPoint(i, grid.get(i), backtest.run(bars, warmUp, runs.apply(strategy), event -> { }).metrics());
            progress.accept(done.incrementAndGet());
            return point;
        }).filter(Objects::nonNull).sorted(Comparator.comparingDouble((SweepPoint p) -> metric.score(p.metrics()))
                .reversed().thenComparingInt(SweepPoint::order)).toList();
        return new Result(ranked, skipped.stream().sorted(Comparator.comparingInt(Skip::order)).map(Skip::reason).toList());
    }
}
