package com.algotrading.common.smartapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps the starts of successive calls at least {@code gap} apart on the injected clock: Angel One limits each
 * endpoint per second. Callers queue in turn; one waits while it holds the pace, so the gaps add up.
 */
public final class Pace {

    private final Duration gap;
    private final Clock clock;
    private final Sleeper sleeper;
    private Instant last;

    public Pace(Duration gap, Clock clock, Sleeper sleeper) {
        if (gap.isNegative()) {
            throw new IllegalArgumentException("a pace's gap must not be negative, was " + gap);
        }
        this.gap = gap;
        this.clock = clock;
        this.sleeper = sleeper;
    }

    /** At most {@code perSecond} starts in any second. */
    public static Pace perSecond(int perSecond, Clock clock, Sleeper sleeper) {
        return new Pace(Duration.ofSeconds(1).dividedBy(perSecond), clock, sleeper);
    }

    /** Returns when the next call may start, and counts it as started. */
    public synchronized void await() {
        if (last != null) {
            Duration wait = Duration.between(clock.instant(), last.plus(gap));
            if (wait.isPositive()) {
                sleeper.sleep(wait);
            }
        }
        last = clock.instant();
    }
}
