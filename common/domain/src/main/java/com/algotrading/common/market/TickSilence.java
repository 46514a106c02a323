package com.algotrading.common.market;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How long a feed has been silent: when its last tick arrived (by this service's clock) and whether that is longer
 * ago than a feed that ticks may be quiet. Whether silence matters (the market is open) is the caller's to say.
 * Thread-safe: ticks arrive on the feed's thread, questions on any.
 */
public final class TickSilence {

    private final Clock clock;
    private final Duration tooLong;
    private final AtomicReference<Instant> lastTick = new AtomicReference<>();

    /** @param tooLong the longest a ticking feed may go without a tick */
    public TickSilence(Clock clock, Duration tooLong) {
        this.clock = clock;
        this.tooLong = tooLong;
    }

    public void ticked() {
        lastTick.set(clock.instant());
    }

    /** Since the last tick; zero before the first. */
    public Duration lag() {
        Instant last = lastTick.get();
        return last == null ? Duration.ZERO : Duration.between(last, clock.instant());
    }

    /** No tick yet, or none for longer than a ticking feed may be quiet. */
    public boolean tooLong() {
        Instant last = lastTick.get();
        return last == null || Duration.between(last, clock.instant()).compareTo(tooLong) > 0;
    }

    /** {@code lastTick} (an instant, or "none yet") and, after the first, {@code lagSeconds}: a health component's details. */
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        Instant last = lastTick.get();
        details.put("lastTick", last == null ? "none yet" : last.toString());
        if (last != null) {
            details.put("lagSeconds", lag().toSeconds());
        }
        return details;
    }
}
