package com.algotrading.common.market;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * India Standard Time, the one zone of the platform: NSE sessions, bar alignment, daily dates and broker sessions
 * (which end at midnight IST) are all IST. India has kept +05:30 without daylight saving since 1945, so the fixed
 * offset gives the same answer as the zone rules; the day and time-of-day helpers use it for per-bar hot loops.
 */
public final class IstTime {

    /** The zone's name, for annotations that need a constant ({@code @Scheduled(zone = ...)}). */
    public static final String ZONE_NAME = "Asia/Kolkata";
    public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);
    public static final ZoneOffset OFFSET = ZoneOffset.ofHoursMinutes(5, 30);
    static final int OFFSET_SECONDS = OFFSET.getTotalSeconds();
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

    /** The IST calendar date of an instant. */
    public static LocalDate date(Instant instant) {
        return LocalDate.ofEpochDay(epochDay(instant));
    }

    /** The instant the IST day {@code date} begins. */
    public static Instant startOfDay(LocalDate date) {
        return Instant.ofEpochSecond(date.toEpochDay() * SECONDS_PER_DAY - OFFSET_SECONDS);
    }

    /** The IST wall-clock time of an instant. */
    public static LocalDateTime dateTime(Instant instant) {
        return LocalDateTime.ofInstant(instant, OFFSET);
    }
}
