package com.algotrading.common.backtest;

import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.charges.Segment;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.SyntheticBars;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.Trade;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.Signal;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.Strategy;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.common.strategies.StrategyRun;
import com.algotrading.common.strategies.StrategyType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SweepAndWalkForwardTest {

    private static final List<Bar> BARS = SyntheticBars.daily(17, 900, LocalDate.of(2022, 1, 3));
    private static final BacktestSettings SETTINGS = new BacktestSettings(FillModel.NEXT_OPEN, 5, Segment.EQUITY_DELIVERY,
            BacktestSettings.DEFAULT_CAPITAL, TickSize.EQUITY);
    private static final StrategyType SMA = StrategyCatalog.type("sma-crossover");
    private static final Function<Strategy, StrategyRun> RUNS =
            strategy -> new StrategyRun(strategy, new Sizing.PercentOfEquity(500_000), ExitRules.NONE, 1);

    private static List<Map<String, BigDecimal>> grid() {
        List<Map<String, BigDecimal>> grid = new ArrayList<>();
        for (int fast = 5; fast <= 30; fast += 5) {
            for (int slow = 20; slow <= 60; slow += 20) {
                Map<String, BigDecimal> point = new LinkedHashMap<>();
                point.put("fast", BigDecimal.valueOf(fast));
                point.put("slow", BigDecimal.valueOf(slow));
                grid.add(point);
            }
        }
        return grid;
    }

    @Test
    void sweepRanksBestFirstSkipsInvalidPointsAndMatchesSingleRuns() {
        Backtest backtest = new Backtest(SETTINGS, ChargesModel.bundled());
        ParameterSweep.Result result = new ParameterSweep(backtest, SMA, RUNS).run(BARS, 0, grid(), RankMetric.NET_PNL);

        assertThat(result.skipped()).containsExactly(
                "{fast=20, slow=20}: fast must be shorter than slow, got fast=20 slow=20",
                "{fast=25, slow=20}: fast must be shorter than slow, got fast=25 slow=20",
                "{fast=30, slow=20}: fast must be shorter than slow, got fast=30 slow=20");
        assertThat(result.ranked()).hasSize(15).isSortedAccordingTo((a, b) -> Long.compare(b.metrics().netPnl(), a.metrics().netPnl()));
        SweepPoint best = result.ranked().getFirst();
        assertThat(backtest.run(BARS, RUNS.apply(SMA.create(best.parameters()))).metrics()).isEqualTo(best.metrics());
        assertThat(new ParameterSweep(backtest, SMA, RUNS).run(BARS, 0, grid(), RankMetric.NET_PNL)).isEqualTo(result);
    }

    /** The script counts every bar the strategy sees: with 300 warm-up bars, its bar 310 is the 11th traded bar. */
    @Test
    void warmUpBarsReachTheStrategyButNotTheResults() {
        Backtest backtest = new Backtest(SETTINGS, ChargesModel.bundled());
        ScriptedStrategy script = new ScriptedStrategy(Map.of(100, Signal.ENTER_LONG, 310, Signal.ENTER_LONG,
                320, Signal.EXIT_LONG));
        BacktestResult warmed = backtest.run(BARS, 300, RUNS.apply(script), event -> { });

        assertThat(warmed.equityCurve().size()).isEqualTo(BARS.size() - 300);
        assertThat(warmed.equityCurve().time(0)).isEqualTo(BARS.get(300).start());
        assertThat(warmed.trades()).extracting(Trade::entryTime, Trade::exitTime)
                .containsExactly(tuple(BARS.get(311).start(), BARS.get(321).start()));
    }

    @Test
    void walkForwardChainsOutOfSampleRunsChosenInSample() {
        WalkForward.Result result = new WalkForward(SETTINGS, ChargesModel.bundled(), SMA, RUNS, RankMetric.SHARPE)
                .run(BARS, grid(), 300, 150);

        assertThat(result.windows()).hasSize(4);
        assertThat(result.windows()).extracting(WalkForward.Window::outOfSampleStart)
                .containsExactly(BARS.get(300).start(), BARS.get(450).start(), BARS.get(600).start(), BARS.get(750).start());
        long chained = result.windows().stream().mapToLong(w -> w.outOfSample().netPnl()).sum();
        assertThat(result.combined().netPnl()).isEqualTo(chained);
        assertThat(result.combined().netPnl()).isEqualTo(result.trades().stream().mapToLong(Trade::netPnl).sum());
        assertThat(result.combined().tradingDays()).isEqualTo(600);
        for (WalkForward.Window window : result.windows()) {
            List<SweepPoint> inSample = new ParameterSweep(new Backtest(SETTINGS, ChargesModel.bundled()), SMA, RUNS)
                    .run(BARS.subList(BARS.indexOf(BARS.stream().filter(b -> b.start().equals(window.inSampleStart()))
                            .findFirst().orElseThrow()), BARS.indexOf(BARS.stream()
                            .filter(b -> b.start().equals(window.outOfSampleStart())).findFirst().orElseThrow())),
                            0, grid(), RankMetric.SHARPE).ranked();
            assertThat(window.parameters()).isEqualTo(inSample.getFirst().parameters());
        }
    }
}
