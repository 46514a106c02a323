package com.algotrading.common.barfiles;

import com.algotrading.common.market.IstTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;

/**
 * The timestamps bar and candle files carry, read one way everywhere (the backtest CLI, the candle import, the candle
 * API's {@code from}/{@code to}): ISO-8601 date-times with an offset or {@code Z}, or without one meaning IST, with
 * {@code T} or a space between date and time, seconds optional; or a bare date, which is a daily bar: its trading
 * date, stored as that day's midnight IST (how Angel One stamps daily candles, {@code 2025-01-02T00:00+05:30}).
 */
public final class Timestamps {

    private static final int DATE_LENGTH = 10;

    private Timestamps() {
    }

    /** Whether the text is a bare date ({@code 2025-01-02}), i.e. names a daily bar. */
    public static boolean isDate(String text) {
        return text.length() == DATE_LENGTH;
    }

    /** @throws java.time.format.DateTimeParseException when the text is none of those shapes */
    public static Instant parse(String text) {
        if (isDate(text)) {
            return IstTime.startOfDay(LocalDate.parse(text));
        }
        Instant usual = IsoMinute.parse(text);
        if (usual != null) {
            return usual;
        }
        String iso = text.length() > DATE_LENGTH && text.charAt(DATE_LENGTH) == ' '
                ? text.substring(0, DATE_LENGTH) + 'T' + text.substring(DATE_LENGTH + 1) : text;
        if (hasOffset(iso)) {
            return OffsetDateTime.parse(iso).toInstant();
        }
        return LocalDateTime.parse(iso).atZone(IstTime.ZONE).toInstant();
    }

    /** A {@code Z} or a {@code ±HH:MM} after at least {@code yyyy-MM-ddTHH:mm}. */
    private static boolean hasOffset(String text) {
        int length = text.length();
        char sign = length >= 22 ? text.charAt(length - 6) : 0;
        return text.endsWith("Z") || sign == '+' || sign == '-';
    }
}
