package com.algotrading.trading.web;

import com.algotrading.common.market.IstTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The {@code from} and {@code to} query parameters: an ISO-8601 date-time with offset, or an IST date (its start;
 * {@code to} as a date includes that whole day). Without them: today, IST.
 */
public record TimeRange(Instant from, Instant to) {

    public static TimeRange parse(String from, String to, Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), IstTime.ZONE);
        Instant start = instant("from", from, false).orElse(today.atStartOfDay(IstTime.ZONE).toInstant());
        Instant end = instant("to", to, true).orElse(today.plusDays(1).atStartOfDay(IstTime.ZONE).toInstant());
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
        return new TimeRange(start, end);
    }

    /** Only what is given: an absent bound stays absent (the order list's filters). */
    public static Optional<Instant> bound(String name, String value, boolean endOfDay) {
        return instant(name, value, endOfDay);
    }

    private static Optional<Instant> instant(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return Optional.of((endOfDay ? date.plusDays(1) : date).atStartOfDay(IstTime.ZONE).toInstant());
            }
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be a date (2026-03-02) or a date-time with offset"
                    + " (2026-03-02T09:15:00+05:30), got '" + value + "'");
        }
    }
}
