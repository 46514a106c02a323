package com.algotrading.common.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The NSE equity calendar: normal market 09:15–15:30 {@code Asia/Kolkata}, Monday to Friday, except the trading
 * holidays of the bundled per-year files ({@code nse-holidays-YYYY.csv}). Special sessions (Muhurat trading) are
 * not trading days here.
 */
public final class NseCalendar {

    public static final LocalTime SESSION_OPEN = LocalTime.of(9, 15);
    public static final LocalTime SESSION_CLOSE = LocalTime.of(15, 30);
    private static final int[] BUNDLED_YEARS = {2025, 2026};

    private final Map<LocalDate, String> holidays;
    private final Set<Integer> years;

    NseCalendar(Map<LocalDate, String> holidays, Set<Integer> years) {
        this.holidays = Map.copyOf(holidays);
        this.years = Set.copyOf(years);
    }

    /** The calendar with every bundled year's holidays. */
    public static NseCalendar bundled() {
        Map<LocalDate, String> holidays = new TreeMap<>();
        Set<Integer> years = new HashSet<>();
        for (int year : BUNDLED_YEARS) {
            holidays.putAll(readHolidays("nse-holidays-" + year + ".csv"));
            years.add(year);
        }
        return new NseCalendar(holidays, years);
    }

    /** Whether the holiday list of this year is known; outside it only weekends are closed. */
    public boolean knowsYear(int year) {
        return years.contains(year);
    }

    public boolean isTradingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.containsKey(date);
    }

    /** The holiday's name, or null when the date is not a listed holiday. */
    public String holidayName(LocalDate date) {
        return holidays.get(date);
    }

    public ZonedDateTime sessionOpen(LocalDate date) {
        return date.atTime(SESSION_OPEN).atZone(IstTime.ZONE);
    }

    public ZonedDateTime sessionClose(LocalDate date) {
        return date.atTime(SESSION_CLOSE).atZone(IstTime.ZONE);
    }

    /** Whether the normal market is open at this instant (open inclusive, close exclusive). */
    public boolean isOpen(Instant instant) {
        ZonedDateTime time = instant.atZone(IstTime.ZONE);
        LocalTime clock = time.toLocalTime();
        return isTradingDay(time.toLocalDate()) && !clock.isBefore(SESSION_OPEN) && clock.isBefore(SESSION_CLOSE);
    }

    public LocalDate nextTradingDay(LocalDate date) {
        LocalDate next = date.plusDays(1);
        while (!isTradingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    public LocalDate previousTradingDay(LocalDate date) {
        LocalDate previous = date.minusDays(1);
        while (!isTradingDay(previous)) {
            previous = previous.minusDays(1);
        }
        return previous;
    }

    private static Map<LocalDate, String> readHolidays(String resource) {
        Map<LocalDate, String> holidays = new TreeMap<>();
        try (InputStream in = NseCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing holiday file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
                int comma = line.indexOf(',');
                holidays.put(LocalDate.parse(line.substring(0, comma)), line.substring(comma + 1));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return holidays;
    }
}
