package com.algotrading.common.smartapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that stands still until told, and the {@link Sleeper} that tells it: a sleep moves the time on by exactly
 * the sleep, at once. Paced code then runs without waiting, and the waits it asked for are recorded.
 */
public final class FakeClock extends Clock implements Sleeper {

    private final AtomicReference<Instant> now;
    private final List<Duration> sleeps;
    private final ZoneId zone;

    public FakeClock(Instant start) {
        this(new AtomicReference<>(start), new CopyOnWriteArrayList<>(), ZoneOffset.UTC);
    }

    /** A view in another zone that shares this clock's time and sleeps. */
    private FakeClock(AtomicReference<Instant> now, List<Duration> sleeps, ZoneId zone) {
        this.now = now;
        this.sleeps = sleeps;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        advance(duration);
    }

    public void advance(Duration duration) {
        now.updateAndGet(time -> time.plus(duration));
    }

    /** Every wait asked for, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new FakeClock(now, sleeps, other);
    }
}
