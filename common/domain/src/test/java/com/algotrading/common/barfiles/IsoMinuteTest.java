package com.algotrading.common.barfiles;

import com.algotrading.common.market.IstTime;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class IsoMinuteTest {

    @Property
    void readsEveryOffsetTimestampAsJavaTimeDoes(@ForAll @LongRange(min = 946_684_800L, max = 2_524_608_000L) long second,
                                                 @ForAll @IntRange(min = -48, max = 56) int quarterHours,
                                                 @ForAll boolean withSeconds) {
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(quarterHours * 900);
        OffsetDateTime time = OffsetDateTime.ofInstant(Instant.ofEpochSecond(second), offset);
        String text = time.format(DateTimeFormatter.ofPattern(withSeconds ? "yyyy-MM-dd'T'HH:mm:ssXXX" : "yyyy-MM-dd'T'HH:mmXXX"));
        Instant expected = OffsetDateTime.parse(text).toInstant();
        assertThat(IsoMinute.parse(text)).as(text).isEqualTo(expected);
    }

    @Property
    void readsATimestampWithoutOffsetAsIst(@ForAll @LongRange(min = 946_684_800L, max = 2_524_608_000L) long second) {
        String text = LocalDateTime.ofInstant(Instant.ofEpochSecond(second), IstTime.ZONE).toString();
        assertThat(IsoMinute.parse(text)).as(text).isEqualTo(LocalDateTime.parse(text).atZone(IstTime.ZONE).toInstant());
    }

    @Example
    void leavesOtherShapesAndInvalidDatesToTheGeneralParser() {
        for (String other : new String[] {"2024-01-02", "2024-01-02_09:15:00", "2024-01-02T09:15:00.5+05:30",
                "2024-02-30T09:15+05:30", "2024-13-02T09:15+05:30", "2024-01-02T24:00+05:30", "2024-01-02T09:60",
                "2024-01-02T09:15:00+0530", "2024-01-02T09:15:00 IST", "20x4-01-02T09:15", "2024-01-02T09:15+19:00"}) {
            assertThat(IsoMinute.parse(other)).as(other).isNull();
        }
    }

    /** pandas writes a space for the {@code T}: {@code str(pd.Timestamp("2023-01-02 09:15", tz="Asia/Kolkata"))}. */
    @Example
    void readsASpaceForTheT() {
        assertThat(IsoMinute.parse("2023-01-02 09:15:00+05:30")).isEqualTo(Instant.parse("2023-01-02T03:45:00Z"));
        assertThat(IsoMinute.parse("2023-01-02 09:15")).isEqualTo(Instant.parse("2023-01-02T03:45:00Z"));
    }

    @Example
    void readsUtcAndIstMarkers() {
        assertThat(IsoMinute.parse("2024-01-02T03:45Z")).isEqualTo(Instant.parse("2024-01-02T03:45:00Z"));
        assertThat(IsoMinute.parse("2024-01-02T09:15:00")).isEqualTo(Instant.parse("2024-01-02T03:45:00Z"));
    }
}
