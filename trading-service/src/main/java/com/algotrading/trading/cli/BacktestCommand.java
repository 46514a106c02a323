package com.algotrading.trading.cli;

import com.algotrading.common.backtest.Backtest;
import com.algotrading.common.backtest.BacktestReport;
import com.algotrading.common.backtest.BacktestResult;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.market.Bar;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.common.strategies.StrategyRun;
import com.algotrading.trading.backtests.BacktestJson;
import com.algotrading.trading.backtests.ParameterGrid;
import picocli.CommandLine.Command;
import com.algotrading.trading.backtests.BacktestJson;
import com.algotrading.trading.backtests.ParameterGrid;
import picocli.CommandLine.Mixin;
import com.algotrading.trading.backtests.BacktestJson;
import com.algotrading.trading.backtests.ParameterGrid;
import picocli.CommandLine.Option;
import com.algotrading.trading.backtests.BacktestJson;
import com.algotrading.trading.backtests.ParameterGrid;
import picocli.CommandLine.Spec;
import com.algotrading.trading.backtests.BacktestJson;
import com.algotrading.trading.backtests.ParameterGrid;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = "Backtest one strategy over a CSV of bars; prints a summary, optionally writes JSON")
final class BacktestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RunOptions run;

    @Option(names = "--param", paramLabel = "name=value", description = "Strategy parameter, repeatable (e.g. fast=10)")
    List<String> params = new ArrayList<>();

    @Option(names = "--json", paramLabel = "out.json", description = "Write trades, metrics and the equity curve as JSON")
    Path json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, BigDecimal> values = ParameterGrid.single(params);
        StrategyRun strategyRun = new StrategyRun(StrategyCatalog.type(run.strategy).create(values), run.sizing(), run.exits(),
                run.lotSize);
        List<Bar> bars = run.data.bars(spec.commandLine().getErr());
        BacktestResult result = new Backtest(run.settings(), ChargesModel.bundled()).run(bars, strategyRun);
        out.println("Backtest " + run.strategy + " " + values + " on " + run.data.path + ": " + bars.size() + " bars "
                + BacktestReport.time(bars.getFirst().start()) + " → " + BacktestReport.time(bars.getLast().start()));
        out.println(run.describe());
        out.println();
        out.print(BacktestReport.summary(result.metrics()));
        if (json != null) {
            BacktestJson.write(result, json);
            out.println();
            out.println("Wrote " + result.trades().size() + " trades and " + result.equityCurve().size() + " equity points to " + json);
        }
        return 0;
    }
}
