package com.algotrading.trading.cli;

import com.algotrading.common.market.BarCsv;
import com.algotrading.common.market.SyntheticBars;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line end to end, in-process and without Spring. */
class TradingCliTest {

    @TempDir
    static Path dir;
    static Path bars;

    private record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void writeBars() throws IOException {
        bars = dir.resolve("bars.csv");
        try (Writer writer = Files.newBufferedWriter(bars)) {
            BarCsv.write(SyntheticBars.daily(5, 400, LocalDate.of(2024, 1, 1)), writer);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TradingCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
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
    void backtestPrintsASummaryAndWritesTheSameJsonEveryTime() throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        Run run = run("backtest", "--data", bars.toString(), "--strategy", "sma-crossover", "--param", "fast=10",
                "--param", "slow=30", "--slippage-bps", "5", "--json", first.toString());
        run("backtest", "--data", bars.toString(), "--strategy", "sma-crossover", "--param", "fast=10", "--param", "slow=30",
                "--slippage-bps", "5", "--json", second.toString());

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Net P&L", "Sharpe", "Max drawdown", "Charges paid");
        String json = Files.readString(first);
        assertThat(json).startsWith("{\n  \"trades\" : [ {\n    \"entryTime\"")
                .contains("\"metrics\"", "\"equityCurve\"", "\"netPnl\"", "\"closedAtEnd\"", "\"grossPnl\"");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void noCostsMeansNoChargesAndNoSlippage() {
        Run run = run("backtest", "--data", bars.toString(), "--strategy", "ema-crossover", "--no-costs", "--slippage-bps", "50",
                "--quantity", "10", "--fill", "close");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("slippage 0 bps, no costs").containsPattern("Charges paid\\s+₹0.00");
    }

    @Test
    void aBadRowStopsTheRunWithItsLineNumberUnlessSkipped() throws IOException {
        Path broken = dir.resolve("broken.csv");
        Files.writeString(broken, BarCsv.HEADER + "\n2026-03-02,100,101,99,100.5,10\n2026-03-03,100,99,101,100,10\n2026-03-04,100,101,99,100,10\n");
        Run stopped = run("indicators", "--data", broken.toString(), "--indicator", "sma:2");
        assertThat(stopped.code()).isEqualTo(2);
        assertThat(stopped.err().strip()).isEqualTo("error: " + broken + " line 3: high 9900 is below low 10100 at 2026-03-03T03:45:00Z");

        Run skipped = run("indicators", "--data", broken.toString(), "--indicator", "sma:2", "--skip-bad-rows");
        assertThat(skipped.code()).isZero();
        assertThat(skipped.out()).isEqualTo("timestamp,sma(2)\n2026-03-02T09:15+05:30,\n2026-03-04T09:15+05:30,100.25\n");
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
    void indicatorsNameOneColumnPerOutputAndLeaveWarmUpCellsEmpty() {
        Run run = run("indicators", "--data", bars.toString(), "--indicator", "rsi:14", "--indicator", "macd:12,26,9",
                "--indicator", "bbands:20,2", "--indicator", "stoch:14,3,3");
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).isEqualTo("timestamp,rsi(14),macd(12,26,9).macd,macd(12,26,9).signal,macd(12,26,9).histogram,"
                + "bbands(20,2).upper,bbands(20,2).middle,bbands(20,2).lower,stoch(14,3,3).k,stoch(14,3,3).d");
        assertThat(lines[1]).isEqualTo("2024-01-01T09:15+05:30,,,,,,,,,");
        assertThat(lines[40].split(",", -1)).allMatch(cell -> !cell.isEmpty());
        assertThat(lines).hasSize(401);
    }

    @Test
    void sweepRanksTheGridAndSkipsInvalidPoints() {
        Run run = run("sweep", "--data", bars.toString(), "--strategy", "sma-crossover", "--param", "fast=5..30:5",
                "--param", "slow=20..40:10", "--rank-by", "net-pnl", "--top", "3");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("over 18 points (14 valid)", "ranked by net P&L");
        assertThat(run.out().lines().filter(line -> line.matches("^[123] .*"))).hasSize(3);
        assertThat(run.err()).contains("skipped 4 invalid point(s), e.g. {fast=20, slow=20}: fast must be shorter");
    }

    @Test
    void walkForwardPrintsEachStepAndTheCombinedOutOfSampleReport() {
        Run run = run("sweep", "--data", bars.toString(), "--strategy", "ema-crossover", "--param", "fast=5..15:5",
                "--param", "slow=20..40:20", "--walk-forward", "200,100");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("Walk-forward ema-crossover", "Combined out-of-sample:", "Net P&L");
        assertThat(run.out().lines().filter(line -> line.matches("^[12] .*"))).hasSize(2);
    }
}
