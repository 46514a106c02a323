package com.algotrading.common.barfiles;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.TickSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RowCheckTest {

    private static final RowCheck MINUTES = RowCheck.candles(Interval.ONE_MINUTE, TickSize.EQUITY);
    private static final RowCheck DAYS = RowCheck.candles(Interval.ONE_DAY, TickSize.EQUITY);

    @Test
    void readsRupeesIntoPaiseAndTheOffsetTimestamp() {
        assertThat(MINUTES.parse(2, "2025-01-02T09:15:00+05:30,2450.05,2455,2449.5,2451.10,1200"))
                .isEqualTo(new Bar(Instant.parse("2025-01-02T03:45:00Z"), 245005, 245500, 244950, 245110, 1200));
    }

    @Test
    void readsTimestampsWithoutOffsetAsIstAndADateAsItsMidnight() {
        assertThat(MINUTES.parse(2, "2025-01-02 09:16,10,10,10,10,0").start()).isEqualTo(Instant.parse("2025-01-02T03:46:00Z"));
        assertThat(DAYS.parse(2, "2025-01-02,10,10,10,10,0").start()).isEqualTo(Instant.parse("2025-01-01T18:30:00Z"));
        assertThat(DAYS.parse(2, "2025-01-02T00:00:00+05:30,10,10,10,10,0").start())
                .isEqualTo(Instant.parse("2025-01-01T18:30:00Z"));
    }

    /** pandas and spreadsheets write whole numbers as 1200.0. */
    @Test
    void readsAWholeVolumeWrittenWithAFraction() {
        assertThat(MINUTES.parse(2, "2025-01-02T09:15:00+05:30,10,10,10,10,1200.0").volume()).isEqualTo(1200);
        assertThat(MINUTES.parse(2, "2025-01-02T09:15:00+05:30,10,10,10,10,1200.00").volume()).isEqualTo(1200);
        assertThat(MINUTES.parse(2, "2025-01-02T09:15:00+05:30,10,10,10,10,1.2e3").volume()).isEqualTo(1200);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2025-01-02T09:15:00+05:30,10,9,9.5,9.5,1     | high 9 is below low 9.5",
            "2025-01-02T09:15:00+05:30,10,11,9,9,-1      | volume must not be negative, was -1",
            "2025-01-02T09:15:00+05:30,10,11,9,9,-1.0    | volume must not be negative, was -1.0",
            "2025-01-02T09:15:00+05:30,10.02,11,9,9,1    | open 10.02 is off the tick size of 0.05",
            "2025-01-02T09:15:00+05:30,abc,11,9,9,1      | open \"abc\" is not a price in rupees with at most 2 decimals",
            "yesterday,10,11,9,9,1                       | unparseable timestamp \"yesterday\"",
            "2025-01-02T09:15:30+05:30,10,11,9,9,1       | a 1m candle's timestamp must be on a whole minute, was 2025-01-02T09:15:30+05:30",
            "2025-01-02,10,11,9,9,1                      | a bare date is a daily bar; a 1m candle needs a time of day, was 2025-01-02",
            "2025-01-02T09:15:00+05:30,12,11,9,9,1       | open and close must lie between low and high",
            "2025-01-02T09:15:00+05:30,0,0,0,0,1         | open must be positive, was 0",
            "2025-01-02T09:15:00+05:30,10,11,9,9         | expected 6 columns (timestamp,open,high,low,close,volume), found 5",
            "2025-01-02T09:15:00+05:30,10,11,9,9,abc     | volume \"abc\" is not a whole number",
            "2025-01-02T09:15:00+05:30,10,11,9,9,1.5     | volume \"1.5\" is not a whole number: volumes are whole shares or units"})
    void rejectsRowsThatBreakARuleNamingTheLine(String row, String reason) {
        assertThatThrownBy(() -> MINUTES.parse(7, row)).isInstanceOf(BadBarException.class)
                .hasMessageStartingWith("line 7: " + reason)
                .satisfies(e -> assertThat(((BadBarException) e).reason()).startsWith(reason));
    }

    /** The reason quotes the time as the file wrote it, not as UTC. */
    @Test
    void rejectsADailyCandleNotAtMidnightIstInTheFilesOwnOffset() {
        assertThatThrownBy(() -> DAYS.parse(2, "2025-01-02T09:15:00+05:30,10,11,9,9,1"))
                .hasMessage("line 2: a daily candle's timestamp must be midnight IST (its trading date, e.g. 2025-01-02"
                        + " or 2025-01-02T00:00:00+05:30), was 2025-01-02T09:15:00+05:30");
    }

    @Test
    void aBacktestFileTakesAnyPaisaPriceAndAnyTime() {
        assertThat(RowCheck.anyBars().parse(2, "2025-01-02T09:15:30+05:30,10.01,10.03,10.01,10.02,1"))
                .isEqualTo(new Bar(Instant.parse("2025-01-02T03:45:30Z"), 1001, 1003, 1001, 1002, 1));
    }
}
