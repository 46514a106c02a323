package com.algotrading.data.candles;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.IstTime;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAlignedBarsTest {

    private static final LocalDate DAY = LocalDate.of(2025, 1, 2);

    @Test
    void fiveMinuteBarsStartAtTheSessionOpenAndEveryFiveMinutesAfter() {
        List<Bar> bars = fold(Interval.FIVE_MINUTE, wholeSession());

        assertThat(bars).hasSize(75);
        assertThat(bars.subList(0, 3)).extracting(Bar::start)
                .containsExactly(at("09:15"), at("09:20"), at("09:25"));
        assertThat(bars.getLast().start()).isEqualTo(at("15:25"));
        assertThat(bars.getFirst()).isEqualTo(new Bar(at("09:15"), 1000, 1004 + 10, 1000 - 10, 1004, 5 * 100));
    }

    @Test
    void hourlyBarsRunFromQuarterPastWithAShortLastBar() {
        List<Bar> bars = fold(Interval.ONE_HOUR, wholeSession());

        assertThat(bars).extracting(Bar::start).containsExactly(at("09:15"), at("10:15"), at("11:15"), at("12:15"),
                at("13:15"), at("14:15"), at("15:15"));
        assertThat(bars.getLast().volume()).isEqualTo(15 * 100);
        assertThat(bars.getFirst().volume()).isEqualTo(60 * 100);
    }

    @Test
    void bucketsWithoutMinutesMakeNoBarAndDaysNeverMix() {
        List<Bar> minutes = List.of(minute(at("15:29"), 1000), minute(at("09:16").plusSeconds(86_400), 1100),
                minute(at("09:40").plusSeconds(86_400), 1200));

        assertThat(fold(Interval.FIFTEEN_MINUTE, minutes)).extracting(Bar::start).containsExactly(
                at("15:15"), at("09:15").plusSeconds(86_400), at("09:30").plusSeconds(86_400));
    }

    @Test
    void thirtyMinuteBucketOfAMinuteIsFoundFromTheSessionOpen() {
        assertThat(SessionAlignedBars.bucketStart(at("09:44"), 30)).isEqualTo(at("09:15"));
        assertThat(SessionAlignedBars.bucketStart(at("09:45"), 30)).isEqualTo(at("09:45"));
        assertThat(SessionAlignedBars.bucketStart(at("15:29"), 10)).isEqualTo(at("15:25"));
        assertThat(SessionAlignedBars.bucketStart(at("09:14"), 3)).isEqualTo(at("09:12"));
    }

    private static List<Bar> fold(Interval interval, List<Bar> minutes) {
        List<Bar> out = new ArrayList<>();
        SessionAlignedBars bars = new SessionAlignedBars(interval, out::add);
        minutes.forEach(bars::accept);
        bars.finish();
        return out;
    }

    /** 375 minutes, 09:15 to 15:29, price rising one paisa a minute. */
    private static List<Bar> wholeSession() {
        List<Bar> minutes = new ArrayList<>();
        for (int i = 0; i < 375; i++) {
            minutes.add(minute(at("09:15").plusSeconds(60L * i), 1000 + i));
        }
        return minutes;
    }

    private static Bar minute(Instant start, long price) {
        return new Bar(start, price, price + 10, price - 10, price, 100);
    }

    private static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(IstTime.ZONE).toInstant();
    }
}
