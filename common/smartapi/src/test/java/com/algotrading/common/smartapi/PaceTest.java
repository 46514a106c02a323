package com.algotrading.common.smartapi;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class PaceTest {

    private final FakeClock clock = new FakeClock(Instant.parse("2025-01-02T04:00:00Z"));

    @Test
    void keepsStartsAtLeastTheGapApartAndWaitsOnlyForWhatIsLeft() {
        Pace pace = Pace.perSecond(2, clock, clock);

        pace.await();
        Instant first = clock.instant();
        pace.await();
        clock.advance(Duration.ofMillis(200));
        pace.await();
        clock.advance(Duration.ofSeconds(2));
        pace.await();

        assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofMillis(300));
        assertThat(clock.instant()).isEqualTo(first.plusMillis(3000));
    }
}
