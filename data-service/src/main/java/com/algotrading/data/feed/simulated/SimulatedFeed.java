package com.algotrading.data.feed.simulated;

import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.market.Tick;
import com.algotrading.data.feed.MarketFeed;
import com.algotrading.data.instruments.DemoInstruments.DemoInstrument;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Ticks every instrument {@code ticksPerSecond} times a second while the NSE is open (or always, when so
 * configured). Each instrument walks from its reference price with its own random stream split from the seed.
 */
public final class SimulatedFeed implements MarketFeed {

    private final List<Instrument> instruments;
    private final List<PriceWalk> walks;
    private final SimulatorProperties properties;
    private final Clock clock;
    private final NseCalendar calendar;
    private ScheduledExecutorService timer;

    public SimulatedFeed(List<DemoInstrument> universe, SimulatorProperties properties, Clock clock,
                         NseCalendar calendar) {
        SplittableRandom seeded = new SplittableRandom(properties.seed());
        this.instruments = universe.stream().map(DemoInstrument::instrument).toList();
        this.walks = universe.stream().map(demo -> new PriceWalk(demo.instrument(), demo.referencePrice(),
                properties.annualVolatility(), seeded.split())).toList();
        this.properties = properties;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Override
    public List<Instrument> instruments() {
        return instruments;
    }

    @Override
    public synchronized void start(Consumer<Tick> sink) {
        long periodMicros = 1_000_000L / properties.ticksPerSecond();
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("simulated-feed").daemon()
                .factory());
        timer.scheduleAtFixedRate(() -> tickAll(sink, periodMicros / 1e6), 0, periodMicros, TimeUnit.MICROSECONDS);
    }

    /** Produces one tick per instrument, all stamped with the same instant, to the millisecond as Angel One's are. */
    void tickAll(Consumer<Tick> sink, double seconds) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (!properties.alwaysOpen() && !calendar.isOpen(now)) {
            return;
        }
        for (PriceWalk walk : walks) {
            sink.accept(walk.next(now, seconds));
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
