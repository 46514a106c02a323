package com.algotrading.data.candles;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CandleCsvTest {

    @Test
    void readsRupeesIntoPaiseAndTheOffsetTimestamp() throws Exception {
        Bar bar = CandleCsv.parse("2025-01-02T09:15:00+05:30,2450.05,2455,2449.5,2451.10,1200", Interval.ONE_MINUTE, 5);

        assertThat(bar).isEqualTo(new Bar(Instant.parse("2025-01-02T03:45:00Z"), 245005, 245500, 244950, 245110, 1200));
    }

    @Test
    void readsTimestampsWithoutOffsetAsIst() throws Exception {
        assertThat(CandleCsv.parse("2025-01-02 09:16,10,10,10,10,0", Interval.ONE_MINUTE, 5).start())
                .isEqualTo(Instant.parse("2025-01-02T03:46:00Z"));
        assertThat(CandleCsv.parse("2025-01-02,10,10,10,10,0", Interval.ONE_DAY, 5).start())
                .isEqualTo(Instant.parse("2025-01-01T18:30:00Z"));
    }

    @Test
    void writesWhatItReads() throws Exception {
        String line = "2025-01-02T09:15:00+05:30,2450.05,2455.00,2449.50,2451.10,1200";

        assertThat(CandleCsv.format(CandleCsv.parse(line, Interval.ONE_MINUTE, 5))).isEqualTo(line);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2025-01-02T09:15:00+05:30,10,9,9.5,9.5,1     | high 9 is below low 9.5",
            "2025-01-02T09:15:00+05:30,10,11,9,9,-1      | volume must not be negative",
            "2025-01-02T09:15:00+05:30,10.02,11,9,9,1    | open 10.02 is off the tick size of 0.05",
            "2025-01-02T09:15:00+05:30,abc,11,9,9,1      | open \"abc\" is not a price",
            "yesterday,10,11,9,9,1                       | unparseable timestamp",
            "2025-01-02T09:15:30+05:30,10,11,9,9,1       | on a whole minute",
            "2025-01-02T09:15:00+05:30,12,11,9,9,1       | open and close must lie between low and high",
            "2025-01-02T09:15:00+05:30,0,0,0,0,1         | open must be positive",
            "2025-01-02T09:15:00+05:30,10,11,9,9         | expected 6 columns",
            "2025-01-02T09:15:00+05:30,10,11,9,9,1.5     | volume \"1.5\" is not a whole number"})
    void rejectsRowsThatBreakARule(String line, String reason) {
        assertThatThrownBy(() -> CandleCsv.parse(line, Interval.ONE_MINUTE, 5)).hasMessageContaining(reason);
    }

    @Test
    void rejectsDailyCandlesNotAtMidnightIst() {
        assertThatThrownBy(() -> CandleCsv.parse("2025-01-02T09:15:00+05:30,10,11,9,9,1", Interval.ONE_DAY, 5))
                .hasMessageContaining("midnight IST");
    }

    @Test
    void acceptsTheHeaderWithSpacesCaseAndByteOrderMark() {
        assertThat(CandleCsv.isHeader("\uFEFFTimestamp, Open,High,Low,Close,Volume")).isTrue();
        assertThat(CandleCsv.isHeader("time,open,high,low,close,volume")).isFalse();
    }
}
