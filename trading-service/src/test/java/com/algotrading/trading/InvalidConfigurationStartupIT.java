package com.algotrading.trading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs the packaged jar as an operator would, with a bad variable, and reads what it prints. */
class InvalidConfigurationStartupIT {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            MAX_DAILY_TRADES | abc  | Invalid configuration: MAX_DAILY_TRADES must be a whole number from 0 to 100000, got "abc"
            ENVIRONMENT      | moon | Invalid configuration: ENVIRONMENT must be one of local, dev, staging, prod, got "moon"
            PAPER_TRADING    | false| Invalid configuration: PAPER_TRADING=false needs the Angel One credentials, missing: ANGEL_ONE_API_KEY, ANGEL_ONE_CLIENT_ID, ANGEL_ONE_PASSWORD, ANGEL_ONE_TOTP_SECRET (set PAPER_TRADING=true to trade on paper without them)
            """)
    void refusesToStartWithOneLineNamingTheVariable(String variable, String value, String expectedLine)
            throws IOException, InterruptedException {
        Process process = PackagedJar.start(Map.of(variable, value));
        boolean exited = process.waitFor(30, TimeUnit.SECONDS);
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(exited).as("exits promptly").isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr.lines().toList()).isEqualTo(List.of(expectedLine));
        assertThat(stdout).isEmpty();
    }

    @Test
    void reportsEveryBadVariableAtOnceOneLineEach() throws IOException, InterruptedException {
        Process process = PackagedJar.start(Map.of("MAX_DAILY_TRADES", "abc", "LOG_LEVEL", "loud",
                "ANGEL_ONE_API_KEY", "key-123"));
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exits promptly").isTrue();
        String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(stderr.lines().toList()).containsExactly(
                "Invalid configuration: MAX_DAILY_TRADES must be a whole number from 0 to 100000, got \"abc\"",
                "Invalid configuration: LOG_LEVEL must be one of trace, debug, info, warn, error, got \"loud\"",
                "Invalid configuration: Angel One credentials incomplete, missing: ANGEL_ONE_CLIENT_ID,"
                        + " ANGEL_ONE_PASSWORD, ANGEL_ONE_TOTP_SECRET (set all four ANGEL_ONE_* variables, or none to run"
                        + " without the broker)");
    }

    @Test
    void reportsAnUnreachableDatabaseInWordsWithoutAStackTrace() throws IOException, InterruptedException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Process process = PackagedJar.start(Map.of("DB_URL", "jdbc:postgresql://127.0.0.1:" + closedPort + "/algotrading",
                "DB_PASSWORD", "do-not-print-me"));
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                + new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits promptly").isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(output).contains("Cannot reach PostgreSQL: Connection to 127.0.0.1:" + closedPort + " refused",
                "Check the host and port in DB_URL");
        assertThat(output.lines().filter(line -> line.startsWith("\tat ") || line.startsWith("Caused by:")))
                .as("stack trace lines").isEmpty();
        assertThat(output).doesNotContain("do-not-print-me");
    }
}
