package com.algotrading.data.backfill;

import com.algotrading.common.market.Interval;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Finds the trading minutes (09:15–15:29 IST on trading days) or trading days in a range that have no stored
 * candle, merged into runs.
 */
final class Gaps {

    /** Missing candles from {@code from} (inclusive) to {@code to} (exclusive). */
    record Gap(Instant from, Instant to) {
    }

    private Gaps() {
    }

    /** @param stored the stored candle times in the range, ascending */
    static List<Gap> find(Interval interval, Instant from, Instant to, List<Instant> stored, NseCalendar calendar) {
        List<Gap> gaps = new ArrayList<>();
        Iterator<Instant> have = stored.iterator();
        Instant next = have.hasNext() ? have.next() : null;
        Instant gapStart = null;
        Instant previous = null;
        for (Instant expected : expected(interval, from, to, calendar)) {
            while (next != null && next.isBefore(expected)) {
                next = have.hasNext() ? have.next() : null;
            }
            boolean missing = next == null || !next.equals(expected);
            if (missing && gapStart == null) {
                gapStart = expected;
            } else if (!missing && gapStart != null) {
                gaps.add(new Gap(gapStart, previous.plus(interval.length())));
                gapStart = null;
            }
            previous = expected;
        }
        if (gapStart != null) {
            gaps.add(new Gap(gapStart, previous.plus(interval.length())));
        }
        return gaps;
    }

    private static List<Instant> expected(Interval interval, Instant from, Instant to, NseCalendar calendar) {
        List<Instant> times = new ArrayList<>();
        for (LocalDate day = IstTime.date(from); !IstTime.startOfDay(day).isAfter(to); day = day.plusDays(1)) {
            if (!calendar.isTradingDay(day)) {
                continue;
            }
            if (interval == Interval.ONE_DAY) {
                addIfInRange(times, IstTime.startOfDay(day), from, to);
                continue;
            }
            ZonedDateTime close = calendar.sessionClose(day);
            for (ZonedDateTime minute = calendar.sessionOpen(day); minute.isBefore(close); minute = minute.plusMinutes(1)) {
                addIfInRange(times, minute.toInstant(), from, to);
            }
        }
        return times;
    }

    private static void addIfInRange(List<Instant> times, Instant time, Instant from, Instant to) {
        if (!time.isBefore(from) && time.isBefore(to)) {
            times.add(time);
        }
    }
}
