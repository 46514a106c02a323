package com.algotrading.trading.cli;

import com.algotrading.common.barfiles.BarFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar's entry point runs the commands without Spring, the platform settings or a web server, answers
 * help, a misspelt command and (on a terminal) no argument with its usage, and starts the service only on
 * {@code serve} or without an argument when no terminal is attached.
 */
class CommandLineJarIT {

    private static final Path JAR = Path.of("target/trading-service.jar");

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome java(String... args) throws IOException, InterruptedException {
        return javaWith(Map.of(), args);
    }

    /** Runs the jar with only these environment variables and no terminal. */
    private Outcome javaWith(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command finishes").isTrue();
        return new Outcome(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void helpAndAMisspeltCommandPrintTheUsageWithoutStartingTheService() throws Exception {
        Outcome help = java("--help");
        Outcome misspelt = java("bakctest");

        assertThat(help.code()).isZero();
        assertThat(help.out()).startsWith("Usage: java -jar trading-service.jar").contains("backtest", "indicators",
                "sweep", "java -jar trading-service.jar serve");
        assertThat(misspelt.code()).isEqualTo(2);
        assertThat(misspelt.err()).startsWith("error: 'bakctest' is not a command")
                .contains("Did you mean", "Usage: java -jar trading-service.jar");
        assertThat(help.out() + misspelt.out() + misspelt.err()).doesNotContain("TradingServiceApplication");
    }

    @Test
    void withoutAnArgumentOnATerminalPrintsTheUsageInsteadOfStartingTheService() throws Exception {
        // script(1) runs the jar on a pseudo-terminal, as a person typing the command would
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) from util-linux");
        String jar = "'" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -jar '" + JAR.toAbsolutePath() + "'";
        ProcessBuilder onTerminal = new ProcessBuilder("/usr/bin/script", "--quiet", "--return", "--command", jar,
                "/dev/null").redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        Process process = onTerminal.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits without starting anything").isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("Usage:", "backtest", "java -jar trading-service.jar serve")
                .doesNotContain("TradingServiceApplication");
    }

    @Test
    void serveStartsTheServiceWhichFirstChecksItsSettings() throws Exception {
        Outcome serve = javaWith(Map.of("MAX_DAILY_TRADES", "abc"), "serve");

        assertThat(serve.code()).isEqualTo(2);
        assertThat(serve.err()).startsWith("Invalid configuration: MAX_DAILY_TRADES");
    }

    @Test
    void indicatorsRunFromTheJarWithoutStartingTheService() throws Exception {
        Path bars = dir.resolve("bars.csv");
        Files.writeString(bars, BarFile.HEADER + "\n2026-03-02,100,101,99,100,10\n2026-03-03,101,102,100,101.50,10\n");

        Outcome outcome = java("indicators", "--data", bars.toString(), "--indicator", "sma:2");

        assertThat(outcome.code()).isZero();
        assertThat(outcome.out()).isEqualTo("timestamp,sma(2)\n2026-03-02T00:00+05:30,\n2026-03-03T00:00+05:30,100.75\n");
        assertThat(outcome.err()).isEmpty();
    }

    @Test
    void badUsageExitsWithTwoAndOneLineOnStandardError() throws Exception {
        Outcome outcome = java("backtest", "--data", dir.resolve("missing.csv").toString(), "--strategy", "sma-crossover");

        assertThat(outcome.code()).isEqualTo(2);
        assertThat(outcome.err().lines()).containsExactly("error: no such file: " + dir.resolve("missing.csv"));
        assertThat(outcome.out()).isEmpty();
    }
}
