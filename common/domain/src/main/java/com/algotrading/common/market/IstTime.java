package com.algotrading.common.market;

import java.time.Instant;

/**
 * Fast IST day and time-of-day of an instant for per-bar hot loops. India has kept +05:30 without daylight saving
 * since 1945, so a fixed offset gives the same answer as {@code atZone(NseCalendar.IST)} without zone-rule lookups.
 */
public final class IstTime {

    private static final long OFFSET_SECONDS = 19_800;
    private static final long SECONDS_PER_DAY = 86_400;

    private IstTime() {
    }

    /** Days since 1970-01-01 of the IST calendar date. */
    public static long epochDay(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond() + OFFSET_SECONDS, SECONDS_PER_DAY);
    }

    /** Seconds since IST midnight. */
    public static int secondOfDay(Instant instant) {
        return (int) Math.floorMod(instant.getEpochSecond() + OFFSET_SECONDS, SECONDS_PER_DAY);
    }
}
