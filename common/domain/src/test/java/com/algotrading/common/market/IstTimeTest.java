package com.algotrading.common.market;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixed-offset arithmetic against java.time's Asia/Kolkata rules, from 1950 to 2100. */
class IstTimeTest {

    private static final long FROM = -631_152_000L;
    private static final long TO = 4_102_444_800L;

    @Property(tries = 2000)
    void dayTimeAndStartOfDayAgreeWithTheZoneRules(@ForAll @LongRange(min = FROM, max = TO) long second) {
        Instant instant = Instant.ofEpochSecond(second);
        ZonedDateTime zoned = instant.atZone(IstTime.ZONE);

        assertThat(IstTime.date(instant)).isEqualTo(zoned.toLocalDate());
        assertThat(IstTime.epochDay(instant)).isEqualTo(zoned.toLocalDate().toEpochDay());
        assertThat(IstTime.secondOfDay(instant)).isEqualTo(zoned.toLocalTime().toSecondOfDay());
        assertThat(IstTime.dateTime(instant)).isEqualTo(zoned.toLocalDateTime());
        LocalDate day = zoned.toLocalDate();
        assertThat(IstTime.startOfDay(day)).isEqualTo(day.atStartOfDay(IstTime.ZONE).toInstant());
    }
}
