package com.algotrading.trading.cli;

import com.algotrading.common.backtest.Backtest;
import com.algotrading.common.backtest.BacktestReport;
import com.algotrading.common.backtest.BacktestResult;
import com.algotrading.common.backtest.BacktestSettings;
import com.algotrading.common.backtest.FillModel;
import com.algotrading.common.backtest.ParameterSweep;
import com.algotrading.common.backtest.RankMetric;
import com.algotrading.common.backtest.SweepPoint;
import com.algotrading.common.backtest.WalkForward;
import com.algotrading.common.barfiles.BarFile;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.charges.Segment;
import com.algotrading.common.indicators.Indicator;
import com.algotrading.common.indicators.IndicatorSpec;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Prices;
import com.algotrading.common.market.SyntheticBars;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.Strategy;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.common.strategies.StrategyRun;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line end to end, in-process and without Spring. Each run is checked against the engine run directly
 * with the settings the options stand for, so a wrongly wired option changes a number and fails the test.
 */
class TradingCliTest {

    private static final List<Bar> BARS = SyntheticBars.daily(5, 400, LocalDate.of(2024, 1, 1));
    /** What the options default to: next-open fills, delivery charges, ₹10,00,000, 100% of equity, the ₹0.05 tick. */
    private static final Function<Strategy, StrategyRun> DEFAULT_RUN =
            strategy -> new StrategyRun(strategy, new Sizing.PercentOfEquity(1_000_000), ExitRules.NONE, 1);

    @TempDir
    static Path dir;
    static Path bars;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void writeBars() throws IOException {
        bars = dir.resolve("bars.csv");
        try (Writer writer = Files.newBufferedWriter(bars)) {
            BarFile.write(BARS, writer);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TradingCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static BacktestSettings delivery(int slippageBps, long tickPaise) {
        return new BacktestSettings(FillModel.NEXT_OPEN, slippageBps, Segment.EQUITY_DELIVERY, BacktestSettings.DEFAULT_CAPITAL,
                new TickSize(tickPaise));
    }

    private static Strategy sma(int fast, int slow) {
        return StrategyCatalog.type("sma-crossover").create(Map.of("fast", BigDecimal.valueOf(fast), "slow", BigDecimal.valueOf(slow)));
    }

    private static JsonNode json(Path file) {
        return JsonMapper.builder().build().readTree(file.toFile());
    }

    @Test
    void helpListsTheCommandsAndHowToStartTheService() {
        for (String help : List.of("--help", "-h", "help")) {
            Run run = run(help);

            assertThat(run.code()).as(help).isZero();
            assertThat(run.out()).as(help).startsWith("Usage: java -jar trading-service.jar")
                    .contains("backtest", "indicators", "sweep", "Start the trading service", "java -jar trading-service.jar serve");
            assertThat(run.err()).as(help).isEmpty();
        }
    }

    @Test
    void noCommandPrintsTheUsageAsAUsageError() {
        Run run = run();

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("Usage: java -jar trading-service.jar").contains("backtest", "serve");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMisspeltCommandIsNamedWithAGuessAndTheUsage() {
        Run run = run("bakctest", "--data", bars.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: 'bakctest' is not a command")
                .contains("Did you mean", "backtest", "Usage: java -jar trading-service.jar", "serve");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void startsTheServiceOnServeOrWithoutAnArgumentWhenNoTerminalIsAttached() {
        assertThat(TradingCli.startsService(new String[] {}, false)).as("no argument, no terminal").isTrue();
        assertThat(TradingCli.startsService(new String[] {}, true)).as("no argument on a terminal").isFalse();
        assertThat(TradingCli.startsService(new String[] {"serve"}, true)).as("serve on a terminal").isTrue();
        assertThat(TradingCli.startsService(new String[] {"serve", "--server.port=9000"}, false)).isTrue();
        for (String first : List.of("--help", "help", "backtest", "bakctest", "--server.port=9000")) {
            assertThat(TradingCli.startsService(new String[] {first}, false)).as(first).isFalse();
        }
    }

    @Test
    void backtestPrintsTheEnginesResultAndWritesTheSameJsonEveryTime() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        Run run = run("backtest", "--data", bars.toString(), "--strategy", "sma-crossover", "--param", "fast=10",
                "--param", "slow=30", "--slippage-bps", "5", "--json", first.toString());
        run("backtest", "--data", bars.toString(), "--strategy", "sma-crossover", "--param", "fast=10", "--param", "slow=30",
                "--slippage-bps", "5", "--json", second.toString());
        BacktestResult expected = new Backtest(delivery(5, 5), ChargesModel.bundled()).run(BARS, DEFAULT_RUN.apply(sma(10, 30)));

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains(": 400 bars 2024-01-01T00:00+05:30 → " + BacktestReport.time(BARS.getLast().start()),
                BacktestReport.summary(expected.metrics()));
        JsonNode json = json(first);
        assertThat(expected.trades()).isNotEmpty();
        assertThat(json.get("trades")).hasSize(expected.trades().size());
        assertThat(json.get("trades").get(0).get("entryPrice").decimalValue())
                .isEqualByComparingTo(Prices.toRupees(expected.trades().getFirst().entryPrice()));
        assertThat(json.get("metrics").get("netPnl").decimalValue())
                .isEqualByComparingTo(Prices.toRupees(expected.metrics().netPnl()));
        assertThat(json.get("equityCurve")).hasSize(400);
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void everyFillLiesOnTheTickSizeGiven() throws IOException {
        Path out = dir.resolve("tick.json");
        Run run = run("backtest", "--data", bars.toString(), "--strategy", "sma-crossover", "--slippage-bps", "7",
                "--tick-size", "0.10", "--json", out.toString());
        BacktestResult expected = new Backtest(delivery(7, 10), ChargesModel.bundled()).run(BARS, DEFAULT_RUN.apply(sma(10, 30)));

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains(BacktestReport.summary(expected.metrics()));
        assertThat(json(out).get("trades")).hasSize(expected.trades().size()).isNotEmpty().allSatisfy(trade -> {
            assertThat(trade.get("entryPrice").decimalValue().remainder(new BigDecimal("0.10"))).isEqualByComparingTo("0");
            assertThat(trade.get("exitPrice").decimalValue().remainder(new BigDecimal("0.10"))).isEqualByComparingTo("0");
        });
        assertThat(run("backtest", "--data", bars.toString(), "--strategy", "sma-crossover", "--tick-size", "0").err())
                .isEqualTo("error: --tick-size must be rupees of at least 0.01, got 0\n");
    }

    @Test
    void noCostsMeansNoChargesAndFillsAtTheBarsOwnPrices() throws IOException {
        Path out = dir.resolve("no-costs.json");
        Run run = run("backtest", "--data", bars.toString(), "--strategy", "ema-crossover", "--no-costs", "--slippage-bps", "50",
                "--quantity", "10", "--fill", "close", "--json", out.toString());
        Map<Instant, Bar> byTime = new HashMap<>();
        BARS.forEach(bar -> byTime.put(bar.start(), bar));

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("slippage 0 bps, no costs").containsPattern("Charges paid\\s+₹0.00");
        assertThat(json(out).get("trades")).isNotEmpty().allSatisfy(trade -> {
            assertThat(trade.get("charges").decimalValue()).isEqualByComparingTo("0");
            Bar entryBar = byTime.get(OffsetDateTime.parse(trade.get("entryTime").stringValue()).toInstant());
            assertThat(trade.get("entryPrice").decimalValue()).isEqualByComparingTo(Prices.toRupees(entryBar.close()));
        });
    }

    @Test
    void aBadRowStopsTheRunWithItsLineNumberUnlessSkipped() throws IOException {
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, BarFile.HEADER + "\n2026-03-02,100,101,99,100.5,10\n2026-03-03,100,99,101,100,10\n2026-03-04,100,101,99,100,10\n");
        Run stopped = run("indicators", "--data", broken.toString(), "--indicator", "sma:2");
        assertThat(stopped.code()).isEqualTo(2);
        assertThat(stopped.err().strip()).isEqualTo("error: " + broken + " line 3: high 99 is below low 101");

        Run skipped = run("indicators", "--data", broken.toString(), "--indicator", "sma:2", "--skip-bad-rows");
        assertThat(skipped.code()).isZero();
        assertThat(skipped.out()).isEqualTo("timestamp,sma(2)\n2026-03-02T00:00+05:30,\n2026-03-04T00:00+05:30,100.25\n");
        assertThat(skipped.err()).isEqualTo("skipped " + broken + " line 3: high 99 is below low 101\n"
                + "skipped 1 bad row(s) of " + broken + "\n");
    }

    /** What pandas writes ({@code df.to_csv()} of a tz-aware index, float volumes), newest first as many exports are. */
    @Test
    void readsPandasShapedNewestFirstFilesAsTheirBars() throws IOException {
        Path pandas = dir.resolve("pandas.csv");
        Files.writeString(pandas, "\uFEFFtimestamp,open,high,low,close,volume\n"
                + "2023-01-02 09:17:00+05:30,101.5,102,101,102,1200.0\n"
                + "2023-01-02 09:16:00+05:30,100.5,101.5,100,101,800.0\n"
                + "2023-01-02 09:15:00+05:30,100,101,99,100.5,1000.0\n");
        Run run = run("indicators", "--data", pandas.toString(), "--indicator", "sma:2", "--indicator", "obv");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("timestamp,sma(2),obv\n2023-01-02T09:15+05:30,,1000\n"
                + "2023-01-02T09:16+05:30,100.75,1800\n2023-01-02T09:17+05:30,101.5,3000\n");

        Files.writeString(pandas, BarFile.HEADER + "\n2023-01-02 09:15:00+05:30,100,101,99,100.5,1000.5\n");
        assertThat(run("indicators", "--data", pandas.toString(), "--indicator", "sma:2").err().strip()).isEqualTo(
                "error: " + pandas + " line 2: volume \"1000.5\" is not a whole number: volumes are whole shares or units");
    }

    @Test
    void badUsageExitsWithTwoAndAOneLineReason() {
        assertThat(run("backtest", "--data", bars.toString(), "--strategy", "nope").err())
                .startsWith("error: unknown strategy \"nope\"; known: sma-crossover");
        assertThat(run("backtest", "--data", bars.toString(), "--strategy", "sma-crossover", "--param", "fast=40").code()).isEqualTo(2);
        assertThat(run("backtest", "--strategy", "sma-crossover").code()).isEqualTo(2);
        assertThat(run("backtest", "--data", dir.resolve("missing.csv").toString(), "--strategy", "sma-crossover").err())
                .startsWith("error: no such file: ");
        assertThat(run("indicators", "--data", bars.toString(), "--indicator", "rsi:abc").code()).isEqualTo(2);
    }

    @Test
    void amountsInTheSummaryHaveTheSignFirstAndTheIndianGrouping() {
        Run run = run("backtest", "--data", bars.toString(), "--strategy", "sma-crossover", "--param", "fast=10",
                "--param", "slow=30");
        List<String> amounts = run.out().lines().filter(line -> line.contains("₹")).toList();

        assertThat(run.code()).isZero();
        assertThat(amounts).hasSize(6).allMatch(line -> line.matches(
                "[A-Z][a-zA-Z&/ ]+ {2,}-?₹(\\d{1,3}|\\d{1,2}(,\\d{2})*,\\d{3})\\.\\d\\d( .*)?"), "signed first, grouped");
        assertThat(run.out()).doesNotContain("₹-");
    }

    @Test
    void initialCapitalIsReadInTheIndianGroupingOrWithoutCommas() {
        String grouped = backtestWithCapital("10,00,000").out();

        assertThat(backtestWithCapital("1000000").out()).isEqualTo(grouped).contains("Net P&L");
        assertThat(backtestWithCapital("10,00,000.50").code()).isZero();
        Run misgrouped = backtestWithCapital("1,000,000");
        assertThat(misgrouped.code()).isEqualTo(2);
        assertThat(misgrouped.err().strip()).isEqualTo("error: --initial-capital: \"1,000,000\" is not grouped the"
                + " Indian way (10,00,000: the last three digits, then pairs); write it so or without commas");
    }

    @Test
    void aSquareOffTimeThatIsNotHhMmIsExplainedInWords() {
        Run run = run("backtest", "--data", bars.toString(), "--strategy", "sma-crossover", "--product", "intraday",
                "--square-off", "3pm");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: Invalid value for option '--square-off': '3pm' is not a time"
                + " of day HH:MM on the 24-hour clock, e.g. 15:15 (see backtest --help)");
    }

    @Test
    void aSweepWithoutAValidPointIsAnErrorNotAnEmptyTable() {
        Run run = run("sweep", "--data", bars.toString(), "--strategy", "sma-crossover", "--param", "fast=30",
                "--param", "slow=10..20:10");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: no point of the grid is valid for sma-crossover, e.g. {fast=30, slow=10}:");
        assertThat(run.out()).isEmpty();
    }

    private static Run backtestWithCapital(String rupees) {
        return run("backtest", "--data", bars.toString(), "--strategy", "sma-crossover", "--param", "fast=10",
                "--param", "slow=30", "--initial-capital", rupees);
    }

    @Test
    void indicatorsPrintEachOutputsValueAndLeaveWarmUpCellsEmpty() {
        List<String> specs = List.of("rsi:14", "macd:12,26,9", "bbands:20,2", "stoch:14,3,3");
        Run run = run("indicators", "--data", bars.toString(), "--indicator", specs.get(0), "--indicator", specs.get(1),
                "--indicator", specs.get(2), "--indicator", specs.get(3));
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(401);
        assertThat(lines[0]).isEqualTo("timestamp,rsi(14),macd(12,26,9).macd,macd(12,26,9).signal,macd(12,26,9).histogram,"
                + "bbands(20,2).upper,bbands(20,2).middle,bbands(20,2).lower,stoch(14,3,3).k,stoch(14,3,3).d");
        assertThat(lines[1]).isEqualTo("2024-01-01T00:00+05:30,,,,,,,,,");

        List<Indicator> indicators = specs.stream().map(spec -> IndicatorSpec.parse(spec).create()).toList();
        for (int row = 0; row < BARS.size(); row++) {
            Bar bar = BARS.get(row);
            indicators.forEach(indicator -> indicator.update(bar));
            if (row == 39 || row == 399) {
                String[] cells = lines[row + 1].split(",", -1);
                assertThat(cells[0]).isEqualTo(BacktestReport.time(bar.start()));
                int cell = 1;
                for (Indicator indicator : indicators) {
                    for (int output = 0; output < indicator.outputNames().size(); output++) {
                        assertThat(Double.parseDouble(cells[cell++])).isEqualTo(indicator.output(output));
                    }
                }
            }
        }
    }

    @Test
    void sweepRanksTheGridAsTheEngineDoesAndSkipsInvalidPoints() {
        Run run = run("sweep", "--data", bars.toString(), "--strategy", "sma-crossover", "--param", "fast=5..30:5",
                "--param", "slow=20..40:10", "--rank-by", "net-pnl", "--top", "3");
        List<SweepPoint> ranked = new ParameterSweep(new Backtest(delivery(0, 5), ChargesModel.bundled()),
                StrategyCatalog.type("sma-crossover"), DEFAULT_RUN)
                .run(BARS, 0, ParameterGrid.grid(List.of("fast=5..30:5", "slow=20..40:10")), RankMetric.NET_PNL).ranked();

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("over 18 points (14 valid)", "ranked by net P&L");
        assertThat(ranked).hasSize(14);
        List<String> rows = run.out().lines().filter(line -> line.matches("^[0-9]+ .*")).toList();
        assertThat(rows).hasSize(3);
        for (int r = 0; r < rows.size(); r++) {
            SweepPoint point = ranked.get(r);
            assertThat(rows.get(r)).startsWith(String.format(Locale.ROOT, "%-4s %-32s %14s", r + 1, point.parameters(),
                    Prices.toRupees(point.metrics().netPnl())));
        }
        assertThat(run.err()).contains("skipped 4 invalid point(s), e.g. {fast=20, slow=20}: fast must be shorter");
    }

    @Test
    void walkForwardPrintsEachStepAndTheEnginesCombinedOutOfSampleReport() {
        Run run = run("sweep", "--data", bars.toString(), "--strategy", "ema-crossover", "--param", "fast=5..15:5",
                "--param", "slow=20..40:20", "--walk-forward", "200,100");
        WalkForward.Result expected = new WalkForward(delivery(0, 5), ChargesModel.bundled(), StrategyCatalog.type("ema-crossover"),
                DEFAULT_RUN, RankMetric.SHARPE).run(BARS, ParameterGrid.grid(List.of("fast=5..15:5", "slow=20..40:20")), 200, 100);

        assertThat(run.code()).isZero();
        assertThat(expected.windows()).hasSize(2);
        assertThat(run.out()).contains("Walk-forward ema-crossover",
                "Combined out-of-sample:\n" + BacktestReport.summary(expected.combined()));
        List<String> steps = run.out().lines().filter(line -> line.matches("^[12] .*")).toList();
        assertThat(steps).hasSize(2);
        for (int w = 0; w < steps.size(); w++) {
            WalkForward.Window window = expected.windows().get(w);
            assertThat(steps.get(w)).startsWith(String.format(Locale.ROOT, "%-4s %-32s %14s", w + 1, window.parameters(),
                    Prices.toRupees(window.outOfSample().netPnl())));
        }
    }
}
