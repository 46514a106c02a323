package com.algotrading.data.feed.simulated;

import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.market.Tick;
import com.algotrading.common.smartapi.FakeClock;
import com.algotrading.data.instruments.DemoInstruments;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SimulatedFeedTest {

    private static final Instant SESSION = Instant.parse("2025-01-02T04:00:00Z");
    private static final Instant NIGHT = Instant.parse("2025-01-02T18:00:00Z");
    /** 09:15 IST. */
    private static final Instant OPEN = Instant.parse("2025-01-02T03:45:00Z");
    private static final int SESSION_SECONDS = 22_500;

    @Test
    void theSameSeedGivesTheSameTicks() {
        assertThat(run(42, SESSION, false, 100)).isEqualTo(run(42, SESSION, false, 100));
        assertThat(run(42, SESSION, false, 100)).isNotEqualTo(run(43, SESSION, false, 100));
    }

    @Test
    void ticksEveryNifty50StockOnItsTickGridWithRisingDayVolume() {
        List<Tick> ticks = run(7, SESSION, false, 200);
        var tickSizes = DemoInstruments.nifty50().stream().collect(java.util.stream.Collectors.toMap(
                demo -> demo.instrument().token(), demo -> demo.instrument().tickSize()));

        assertThat(ticks).hasSize(50 * 200);
        assertThat(ticks).allSatisfy(tick -> assertThat(tick.lastPrice() % tickSizes.get(tick.token())).isZero());
        List<Tick> reliance = ticks.stream().filter(tick -> tick.token().value().equals("2885")).toList();
        assertThat(reliance).isSortedAccordingTo((a, b) -> Long.compare(a.volumeToday(), b.volumeToday()));
        assertThat(reliance.stream().map(Tick::lastPrice).distinct().count()).isGreaterThan(5);
    }

    @Test
    void followsMarketHoursUnlessAlwaysOpen() {
        assertThat(run(1, NIGHT, false, 10)).isEmpty();
        assertThat(run(1, NIGHT, true, 10)).hasSize(500);
    }

    @Test
    void ticksEvenlyButTradesMoreAtTheOpenAndCloseThanAtMidday() {
        FakeClock clock = new FakeClock(OPEN);
        SimulatedFeed feed = new SimulatedFeed(DemoInstruments.nifty50(), new SimulatorProperties(11, 1, false, 0.3),
                clock, NseCalendar.bundled());
        int periods = 5;
        long[] ticksPerPeriod = new long[periods];
        long[] volumePerPeriod = new long[periods];
        for (int second = 0; second < SESSION_SECONDS; second += 10) {
            int period = second / (SESSION_SECONDS / periods);
            feed.tickAll(tick -> {
                ticksPerPeriod[period]++;
                volumePerPeriod[period] += tick.lastQuantity();
            }, 10.0);
            clock.advance(Duration.ofSeconds(10));
        }

        assertThat(ticksPerPeriod).containsOnly(50L * SESSION_SECONDS / periods / 10);
        assertThat(volumePerPeriod[0]).isGreaterThan(volumePerPeriod[1]).isGreaterThan(2 * volumePerPeriod[2]);
        assertThat(volumePerPeriod[1]).isGreaterThan(volumePerPeriod[2]);
        assertThat(volumePerPeriod[3]).isGreaterThan(volumePerPeriod[2]);
        assertThat(volumePerPeriod[4]).isGreaterThan(volumePerPeriod[3]).isGreaterThan(2 * volumePerPeriod[2]);
    }

    private static List<Tick> run(long seed, Instant at, boolean alwaysOpen, int steps) {
        SimulatedFeed feed = new SimulatedFeed(DemoInstruments.nifty50(),
                new SimulatorProperties(seed, 1, alwaysOpen, 0.3), Clock.fixed(at, ZoneOffset.UTC),
                NseCalendar.bundled());
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            feed.tickAll(ticks::add, 1.0);
        }
        return ticks;
    }
}
