package com.algotrading.common.market;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class NseCalendarTest {

    private final NseCalendar calendar = NseCalendar.bundled();

    @Test
    void weekendsAndListedHolidaysAreNotTradingDays() {
        assertThat(calendar.isTradingDay(LocalDate.of(2026, 11, 23))).isTrue();
        assertThat(calendar.isTradingDay(LocalDate.of(2026, 11, 24))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2026, 11, 24))).isEqualTo("Prakash Gurpurb Sri Guru Nanak Dev");
        assertThat(calendar.isTradingDay(LocalDate.of(2026, 11, 28))).isFalse();
        assertThat(calendar.isTradingDay(LocalDate.of(2025, 10, 21))).isFalse();
    }

    @Test
    void sessionRunsFromQuarterPastNineToHalfPastThreeIst() {
        LocalDate day = LocalDate.of(2026, 11, 25);
        assertThat(calendar.isOpen(ZonedDateTime.of(day.atTime(9, 14, 59), IstTime.ZONE).toInstant())).isFalse();
        assertThat(calendar.isOpen(calendar.sessionOpen(day).toInstant())).isTrue();
        assertThat(calendar.isOpen(calendar.sessionClose(day).minusNanos(1).toInstant())).isTrue();
        assertThat(calendar.isOpen(calendar.sessionClose(day).toInstant())).isFalse();
    }

    @Test
    void nextAndPreviousTradingDaysSkipHolidaysAndWeekends() {
        assertThat(calendar.nextTradingDay(LocalDate.of(2026, 11, 23))).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(calendar.previousTradingDay(LocalDate.of(2026, 1, 27))).isEqualTo(LocalDate.of(2026, 1, 23));
    }

    @Test
    void knowsTheBundledYearsOnly() {
        assertThat(calendar.knowsYear(2025)).isTrue();
        assertThat(calendar.knowsYear(2026)).isTrue();
        assertThat(calendar.knowsYear(2030)).isFalse();
    }
}
