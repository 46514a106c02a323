package com.algotrading.trading.market;

import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.trading.support.FakeDataService;
import com.algotrading.trading.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The trading-service's {@code marketFeed} component on the real tick-stream client against a fake data-service. */
class TickStreamHealthIT {

    private static final Instant WEDNESDAY_NOON_IST = Instant.parse("2026-11-25T06:30:00Z");
    private static final Instant SUNDAY_NOON_IST = Instant.parse("2026-11-29T06:30:00Z");

    @Test
    void downUntilTheStreamIsConnectedUpWhileTicksComeDownWhenTheOpenMarketFallsSilent() throws Exception {
        MutableClock clock = new MutableClock(WEDNESDAY_NOON_IST);
        try (FakeDataService market = new FakeDataService()) {
            LastPrices prices = prices(market);
            TickStreamHealth health = new TickStreamHealth(prices, marketClock(market, false), clock,
                    Duration.ofSeconds(60));
            assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.health().getDetails()).containsEntry("connected", false);

            prices.start();
            try {
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    market.tick("NSE:SBIN-EQ", "800.00");
                    return health.health().getStatus().equals(Status.UP);
                });
                Health up = health.health();
                assertThat(up.getDetails()).containsEntry("connected", true).containsEntry("marketOpen", true)
                        .containsEntry("lagSeconds", 0L);

                clock.set(WEDNESDAY_NOON_IST.plusSeconds(61));
                assertThat(health.health().getStatus()).as("silent for 61 s while open").isEqualTo(Status.DOWN);
                assertThat(health.health().getDetails()).containsEntry("lagSeconds", 61L);

                clock.set(SUNDAY_NOON_IST);
                assertThat(health.health().getStatus()).as("silent on a Sunday").isEqualTo(Status.UP);
                assertThat(health.health().getDetails()).containsEntry("marketOpen", false);
            } finally {
                prices.stop();
            }
            assertThat(health.health().getStatus()).as("stream closed").isEqualTo(Status.DOWN);
        }
    }

    private static LastPrices prices(FakeDataService market) {
        return new LastPrices(platform(market, false), JsonMapper.builder().build());
    }

    private static MarketClock marketClock(FakeDataService market, boolean alwaysOpen) {
        PlatformSettings platform = platform(market, alwaysOpen);
        Map<String, String> variables = Map.of("SIMULATOR_ALWAYS_OPEN", Boolean.toString(alwaysOpen));
        return new MarketClock(NseCalendar.bundled(), TradingSettings.from(variables::get, platform), platform);
    }

    private static PlatformSettings platform(FakeDataService market, boolean alwaysOpen) {
        Map<String, String> variables = Map.of("DATA_SERVICE_URL", market.url(),
                "SIMULATOR_ALWAYS_OPEN", Boolean.toString(alwaysOpen));
        return PlatformSettings.from(variables::get);
    }
}
