package com.algotrading.common.market;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class TickSilenceTest {

    private static final Instant START = Instant.parse("2026-11-25T04:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final TickSilence silence = new TickSilence(clock, Duration.ofSeconds(60));

    @Test
    void beforeTheFirstTickTheSilenceIsTooLongWithNoLag() {
        assertThat(silence.tooLong()).isTrue();
        assertThat(silence.lag()).isZero();
        assertThat(silence.details()).containsExactly(java.util.Map.entry("lastTick", "none yet"));
    }

    @Test
    void aTickEndsTheSilenceUntilMoreThanTheLimitHasPassed() {
        silence.ticked();
        now.set(START.plusSeconds(60));
        assertThat(silence.tooLong()).as("60 s: still within").isFalse();
        assertThat(silence.details()).containsEntry("lastTick", START.toString()).containsEntry("lagSeconds", 60L);

        now.set(START.plusSeconds(61));
        assertThat(silence.tooLong()).isTrue();
        assertThat(silence.lag()).hasSeconds(61);

        silence.ticked();
        assertThat(silence.tooLong()).isFalse();
        assertThat(silence.lag()).isZero();
    }
}
