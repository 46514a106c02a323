package com.algotrading.common.market;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The date-times bar and candle files carry, read one way everywhere: ISO-8601 with an offset or {@code Z}, or
 * without one meaning IST, with {@code T} or a space between date and time, seconds optional. (What a bare date
 * means depends on the file: each reader decides.)
 */
public final class Timestamps {

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

    private Timestamps() {
    }

    /** @throws java.time.format.DateTimeParseException when the text is none of those shapes */
    public static Instant parseDateTime(String text) {
        Instant usual = IsoMinute.parse(text);
        if (usual != null) {
            return usual;
        }
        if (text.length() > 19 && (text.endsWith("Z") || text.charAt(text.length() - 6) == '+'
                || text.charAt(text.length() - 6) == '-')) {
            return OffsetDateTime.parse(text).toInstant();
        }
        LocalDateTime local = text.indexOf('T') > 0 ? LocalDateTime.parse(text) : LocalDateTime.parse(text, SPACED);
        return local.atZone(IstTime.ZONE).toInstant();
    }
}
