package com.algotrading.trading.cli;

import com.algotrading.common.backtest.Backtest;
import com.algotrading.common.backtest.BacktestReport;
import com.algotrading.common.backtest.Metrics;
import com.algotrading.common.backtest.ParameterSweep;
import com.algotrading.common.backtest.RankMetric;
import com.algotrading.common.backtest.SweepPoint;
import com.algotrading.common.backtest.WalkForward;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Prices;
import com.algotrading.common.strategies.Strategy;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.common.strategies.StrategyRun;
import com.algotrading.common.strategies.StrategyType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Backtest every point of a parameter grid on all cores and rank the points by a metric")
final class SweepCommand implements Callable<Integer> {

    private static final String ROW = "%-4s %-32s %14s %9s %9s %8s %8s %7s%n";

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = "--param", required = true, paramLabel = "name=from..to:step", description = "Repeatable; a single value is allowed too")
    List<String> params = new ArrayList<>();

    @Option(names = "--rank-by", defaultValue = "sharpe", paramLabel = "METRIC",
            description = "sharpe, sortino, calmar, cagr, net-pnl, profit-factor, win-rate or max-drawdown (default: ${DEFAULT-VALUE})")
    String rankBy;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "Rows to print (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--walk-forward", paramLabel = "IN,OUT", split = ",",
            description = "Walk-forward instead: optimise on IN bars, test on the next OUT bars, roll by OUT")
    List<Integer> walkForward;

    @Override
    public Integer call() {
        RankMetric metric = RankMetric.parse(rankBy);
        StrategyType type = StrategyCatalog.type(run.strategy);
        List<Map<String, BigDecimal>> grid = ParameterGrid.grid(params);
        Function<Strategy, StrategyRun> runs = strategy -> new StrategyRun(strategy, run.sizing(), run.exits(), run.lotSize);
        List<Bar> bars = run.data.bars(spec.commandLine().getErr());
        if (walkForward != null) {
            if (walkForward.size() != 2) {
                throw new IllegalArgumentException("--walk-forward takes IN,OUT bar counts, e.g. 500,100");
            }
            printWalkForward(new WalkForward(run.settings(), ChargesModel.bundled(), type, runs, metric), bars, grid);
            return 0;
        }
        ParameterSweep.Result result = new ParameterSweep(new Backtest(run.settings(), ChargesModel.bundled()), type, runs)
                .run(bars, 0, grid, metric, ProgressBar.onTerminal(spec.commandLine().getErr(), "sweep", grid.size()));
        if (result.ranked().isEmpty()) {
            throw new IllegalArgumentException("no point of the grid is valid for " + run.strategy + ", e.g. "
                    + result.skipped().getFirst());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Sweep " + run.strategy + " over " + grid.size() + " points (" + result.ranked().size() + " valid) on "
                + run.data.path + ", " + bars.size() + " bars; ranked by " + metric.label() + "; " + run.describe());
        out.printf(Locale.ROOT, ROW, "rank", "parameters", "net P&L ₹", "return", "max DD", "sharpe", "trades", "win");
        for (int r = 0; r < Math.min(top, result.ranked().size()); r++) {
            SweepPoint point = result.ranked().get(r);
            row(out, Integer.toString(r + 1), point.parameters(), point.metrics());
        }
        if (!result.skipped().isEmpty()) {
            spec.commandLine().getErr().println("skipped " + result.skipped().size() + " invalid point(s), e.g. "
                    + result.skipped().getFirst());
        }
        return 0;
    }

    private void printWalkForward(WalkForward procedure, List<Bar> bars, List<Map<String, BigDecimal>> grid) {
        WalkForward.Result result = procedure.run(bars, grid, walkForward.get(0), walkForward.get(1));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Walk-forward " + run.strategy + " on " + run.data.path + ": in-sample " + walkForward.get(0)
                + " bars, out-of-sample " + walkForward.get(1) + " bars, " + grid.size() + " grid points ranked by "
                + RankMetric.parse(rankBy).label() + "; " + run.describe());
        out.printf(Locale.ROOT, ROW, "step", "chosen parameters", "OOS P&L ₹", "return", "max DD", "sharpe", "trades", "win");
        for (int w = 0; w < result.windows().size(); w++) {
            WalkForward.Window window = result.windows().get(w);
            row(out, Integer.toString(w + 1), window.parameters(), window.outOfSample());
            out.println("     out-of-sample " + BacktestReport.time(window.outOfSampleStart()) + " → "
                    + BacktestReport.time(window.outOfSampleEnd()));
        }
        out.println();
        out.println("Combined out-of-sample:");
        out.print(BacktestReport.summary(result.combined()));
    }

    private static void row(PrintWriter out, String rank, Map<String, BigDecimal> parameters, Metrics m) {
        out.printf(Locale.ROOT, "%-4s %-32s %14s %8.2f%% %8.2f%% %8.3f %8d %6.1f%%%n", rank, parameters,
                Prices.toRupees(m.netPnl()), m.totalReturn() * 100, m.maxDrawdown().fraction() * 100, m.sharpe(),
                m.trades(), m.winRate() * 100);
    }
}
