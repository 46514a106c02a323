package com.algotrading.trading.cli;

import com.algotrading.common.barfiles.BarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged jar's entry point runs the commands without Spring, the platform settings or a web server. */
class CommandLineJarIT {

    private static final Path JAR = Path.of("target/trading-service.jar");

    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private Outcome java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        builder.environment().clear();
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command finishes").isTrue();
        return new Outcome(process.exitValue(), Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
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
