package com.algotrading.data.stream;

import com.algotrading.data.ApiClient;
import com.algotrading.data.DataServiceApplication;
import com.algotrading.data.SseClient;
import com.algotrading.postgres.DatabaseCoordinates;
import com.algotrading.postgres.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping the service (Ctrl-C, SIGTERM, a deployment: all close the context) ends its open streams at once, so
 * graceful shutdown, which waits up to 20 s for requests in progress, does not wait for SSE clients that would
 * never leave by themselves. The service is started by hand because the test closes it.
 */
class StreamShutdownIT {

    private static final Duration WELL_UNDER_THE_SHUTDOWN_PHASE = Duration.ofSeconds(5);

    @Test
    void closingTheServiceEndsTheOpenStreamsAndStopsWithinSeconds() {
        ConfigurableApplicationContext service = start(TestDatabases.fresh());
        ApiClient api = new ApiClient(((WebServerApplicationContext) service).getWebServer().getPort());
        try (SseClient bars = new SseClient(api.request("/api/v1/stream/bars?symbols=NSE:RELIANCE-EQ"), null);
             SseClient ticks = new SseClient(api.request("/api/v1/stream/ticks?symbols=NSE:TCS-EQ"), null)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> bars.comments().contains("connected")
                    && !ticks.events().isEmpty());

            long started = System.nanoTime();
            service.close();
            Duration stopping = Duration.ofNanos(System.nanoTime() - started);

            assertThat(stopping).as("time to stop with two clients streaming").isLessThan(WELL_UNDER_THE_SHUTDOWN_PHASE);
            await().atMost(Duration.ofSeconds(5)).until(() -> bars.ended() && ticks.ended());
        } finally {
            service.close();
        }
    }

    private static ConfigurableApplicationContext start(DatabaseCoordinates database) {
        return new SpringApplicationBuilder(DataServiceApplication.class).run("--server.port=0",
                "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--MARKET_FEED=simulated",
                "--SIMULATOR_ALWAYS_OPEN=true", "--SIMULATOR_TICKS_PER_SECOND=10");
    }
}
