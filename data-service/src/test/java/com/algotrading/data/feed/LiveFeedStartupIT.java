package com.algotrading.data.feed;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged data-service, started live on made-up prices as an operator might: one line, exit 2, nothing else. */
class LiveFeedStartupIT {

    @ParameterizedTest
    @ValueSource(strings = {"simulated", "replay"})
    void refusesASimulatedOrReplayedFeedWhenTradingLiveInOneLine(String feed) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "data-service.jar").toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("ANGEL_ONE_") || name.equals("MARKET_FEED"));
        builder.environment().putAll(Map.of("PAPER_TRADING", "false", "MARKET_FEED", feed,
                "ANGEL_ONE_API_KEY", "key-123", "ANGEL_ONE_CLIENT_ID", "A123", "ANGEL_ONE_PASSWORD", "1234",
                "ANGEL_ONE_TOTP_SECRET", "JBSWY3DPEHPK3PXP"));
        Process process = builder.start();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("exits promptly").isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList())
                .isEqualTo(List.of("Invalid configuration: MARKET_FEED must not be " + feed + " with PAPER_TRADING=false:"
                        + " live orders need live prices (use angelone, or PAPER_TRADING=true)"));
        assertThat(process.getInputStream().readAllBytes()).isEmpty();
    }
}
