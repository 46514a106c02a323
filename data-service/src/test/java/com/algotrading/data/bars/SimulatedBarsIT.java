package com.algotrading.data.bars;

import com.algotrading.data.ApiClient;
import com.algotrading.data.RunningService;
import com.algotrading.data.SseClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The whole live path with the default feed (simulated, paper trading) on a clock running 120× fast. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"SIMULATOR_ALWAYS_OPEN=true", "SIMULATOR_TICKS_PER_SECOND=10"})
class SimulatedBarsIT extends RunningService {

    @TestConfiguration
    static class FastTime {
        @Bean
        @Primary
        Clock fastClock() {
            return new FastClock(Instant.parse("2025-01-06T04:00:00Z"), 120);
        }
    }


    @Test
    void streamsAndStoresSimulatedOneMinuteBarsOfTheNifty50() {
        ApiClient api = api();
        try (SseClient stream = new SseClient(api.request("/api/v1/stream/bars"), null)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.events().stream()
                    .filter(event -> event.data().contains("NSE:RELIANCE-EQ")).count() >= 3);
            List<SseClient.Event> bars = stream.events();
            assertThat(bars.stream().map(event -> event.data().substring(12, event.data().indexOf("\",")))
                    .distinct().count()).isEqualTo(50);
            assertThat(bars).extracting(event -> Long.parseLong(event.id())).isSorted().doesNotHaveDuplicates();
        }
        String stored = api.get("/api/v1/candles?exchange=NSE&symbol=RELIANCE-EQ&interval=1m"
                + "&from=2025-01-06&to=2025-01-07&format=csv").body();
        assertThat(stored.lines().count()).isGreaterThan(3);
    }

    /** Real time, sped up: a simulated minute passes in half a real second. */
    private static final class FastClock extends Clock {
        private final Instant origin;
        private final long speed;
        private final long startNanos = System.nanoTime();

        FastClock(Instant origin, long speed) {
            this.origin = origin;
            this.speed = speed;
        }

        @Override
        public Instant instant() {
            return origin.plusNanos((System.nanoTime() - startNanos) * speed);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
