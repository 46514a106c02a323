package com.algotrading.trading.cli;

import com.algotrading.common.backtest.Backtest;
import com.algotrading.common.backtest.BacktestResult;
import com.algotrading.common.backtest.Metrics;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Prices;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = "Backtest every point of a parameter grid on all cores and rank the points by a metric")
final class SweepCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = "--param", required = true, paramLabel = "name=from..to:step", description = "Repeatable; a single value is allowed too")
    List<String> params = new ArrayList<>();

    @Option(names = "--rank-by", defaultValue = "sharpe", paramLabel = "METRIC",
            description = "sharpe, sortino, calmar, cagr, net-pnl, profit-factor, win-rate or max-drawdown (default: ${DEFAULT-VALUE})")
    String rankByName;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "Rows to print (default: ${DEFAULT-VALUE})")
    int top;

    private record Point(int order, Map<String, BigDecimal> parameters, Metrics metrics) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RankMetric rankBy = RankMetric.parse(rankByName);
        StrategyType type = StrategyCatalog.type(run.strategy);
        List<Map<String, BigDecimal>> grid = ParameterGrid.grid(params);
        List<Bar> bars = run.data.bars(spec.commandLine().getErr());
        Backtest backtest = new Backtest(run.settings(), ChargesModel.bundled());
        StrategyRun template = new StrategyRun(type.create(grid.getFirst()), run.sizing(), run.exits(), run.lotSize);
        List<String> skipped = new ArrayList<>();
        List<Point> points = IntStream.range(0, grid.size()).parallel().mapToObj(i -> {
            try {
                BacktestResult result = backtest.run(bars, template.withStrategy(type.create(grid.get(i))));
                return new Point(i, grid.get(i), result.metrics());
            } catch (IllegalArgumentException invalid) {
                synchronized (skipped) {
                    skipped.add(grid.get(i) + ": " + invalid.getMessage());
                }
                return null;
            }
        }).filter(java.util.Objects::nonNull).sorted(Comparator.comparing((Point p) -> rankBy.score(p.metrics()))
                .reversed().thenComparingInt(Point::order)).toList();
        out.println("Sweep " + run.strategy + " over " + grid.size() + " points (" + points.size() + " valid) on " + run.data
                + ", " + bars.size() + " bars; ranked by " + rankBy.label + "; " + run.describe());
        out.printf(Locale.ROOT, "%-4s %-32s %14s %9s %9s %8s %8s %7s%n", "rank", "parameters", "net P&L ₹", "return",
                "max DD", "sharpe", "trades", "win");
        for (int r = 0; r < Math.min(top, points.size()); r++) {
            Metrics m = points.get(r).metrics();
            out.printf(Locale.ROOT, "%-4d %-32s %14s %8.2f%% %8.2f%% %8.3f %8d %6.1f%%%n", r + 1, points.get(r).parameters(),
                    Prices.toRupees(m.netPnl()), m.totalReturn() * 100, m.maxDrawdown().fraction() * 100, m.sharpe(),
                    m.trades(), m.winRate() * 100);
        }
        if (!skipped.isEmpty()) {
            spec.commandLine().getErr().println("skipped " + skipped.size() + " invalid point(s), e.g. " + skipped.stream().sorted().findFirst().orElseThrow());
        }
        return 0;
    }
}
