package com.algotrading.common.smartapi;

import java.time.Duration;

/**
 * How paced code waits. Production sleeps the thread; a test passes a fake clock's sleeper that moves time on
 * instead, so paced code runs at once and every wait is exact.
 */
@FunctionalInterface
public interface Sleeper {

    /** The thread sleeps; an interrupt stays set on the thread and ends the wait with an IllegalStateException. */
    Sleeper REAL = duration -> {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    };

    void sleep(Duration duration);
}
