package com.algotrading.common.barfiles;

import com.algotrading.common.market.IstTime;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the timestamp shapes candle files almost always have, {@code yyyy-MM-ddTHH:mm[:ss]} (or a space for the
 * {@code T}, as pandas writes) followed by {@code Z}, {@code ±HH:MM} or nothing (IST), with plain arithmetic:
 * java.time's general parser was a third of an import's time. Anything else, valid or not, is left to that parser
 * (null), which also words the error.
 */
final class IsoMinute {

    private IsoMinute() {
    }

    static Instant parse(String text) {
        int length = text.length();
        if (length < 16 || text.charAt(4) != '-' || text.charAt(7) != '-' || !separatesDateAndTime(text.charAt(10))
                || text.charAt(13) != ':') {
            return null;
        }
        int end = 16;
        int second = 0;
        if (length >= 19 && text.charAt(16) == ':') {
            second = twoDigits(text, 17);
            end = 19;
        }
        int offset = offsetSeconds(text, end);
        int century = twoDigits(text, 0);
        int yearOfCentury = twoDigits(text, 2);
        int month = twoDigits(text, 5);
        int day = twoDigits(text, 8);
        int hour = twoDigits(text, 11);
        int minute = twoDigits(text, 14);
        if (offset == Integer.MIN_VALUE || century < 0 || yearOfCentury < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        try {
            long epochDay = LocalDate.of(century * 100 + yearOfCentury, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offset);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean separatesDateAndTime(char c) {
        return c == 'T' || c == ' ';
    }

    /** The offset that follows position {@code end}, or MIN_VALUE for a shape this reader leaves alone. */
    private static int offsetSeconds(String text, int end) {
        int length = text.length();
        if (length == end) {
            return IstTime.OFFSET.getTotalSeconds();
        }
        if (length == end + 1 && text.charAt(end) == 'Z') {
            return 0;
        }
        char sign = text.charAt(end);
        if (length != end + 6 || (sign != '+' && sign != '-') || text.charAt(end + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        int hours = twoDigits(text, end + 1);
        int minutes = twoDigits(text, end + 4);
        if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = hours * 3_600 + minutes * 60;
        return sign == '+' ? seconds : -seconds;
    }

    /** The two-digit number at {@code at}, or -1 when either character is not a digit. */
    private static int twoDigits(String text, int at) {
        int tens = text.charAt(at) - '0';
        int units = text.charAt(at + 1) - '0';
        return tens < 0 || tens > 9 || units < 0 || units > 9 ? -1 : tens * 10 + units;
    }
}
