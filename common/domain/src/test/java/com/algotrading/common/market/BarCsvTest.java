package com.algotrading.common.market;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BarCsvTest {

    private static List<Bar> read(String text) {
        return BarCsv.read(new BufferedReader(new StringReader(text)), null);
    }

    @Property(tries = 50)
    void writtenBarsReadBackUnchanged(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                      @ForAll @IntRange(min = 1, max = 300) int count) throws IOException {
        List<Bar> bars = SyntheticBars.daily(seed, count, LocalDate.of(2025, 1, 1));
        StringWriter csv = new StringWriter();
        BarCsv.write(bars, csv);
        assertThat(read(csv.toString())).isEqualTo(bars);
    }

    /** Whatever a row holds, reading either yields a bar or names the line: nothing else escapes. */
    @Property
    void anyRowIsReadOrRejectedWithItsLineNumber(@ForAll String row) {
        try {
            read(BarCsv.HEADER + "\n2026-03-02,1,1,1,1,1\n" + row.replace("\n", "").replace("\r", "") + "\n");
        } catch (BadBarException e) {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).startsWith("line 3: ");
        }
    }

    @Test
    void datesAreDailyBarsAtTheSessionOpenAndDateTimesKeepTheirOffset() {
        List<Bar> bars = read("timestamp,open,high,low,close,volume\n2026-03-02,100,101,99,100.50,10\n"
                + "2026-03-03T09:20:00+05:30,100.05,100.05,100.05,100.05,0\n");
        assertThat(bars).extracting(Bar::start).containsExactly(
                NseCalendar.bundled().sessionOpen(LocalDate.of(2026, 3, 2)).toInstant(),
                NseCalendar.bundled().sessionOpen(LocalDate.of(2026, 3, 3)).plusMinutes(5).toInstant());
        assertThat(bars.getFirst().close()).isEqualTo(10_050);
    }

    /** The same date-times the data-service's candle import reads, so its files feed a backtest unchanged. */
    @Test
    void dateTimesWithoutAnOffsetAreIst() {
        List<Bar> bars = read(BarCsv.HEADER + "\n2026-03-02T09:15,100,101,99,100,1\n2026-03-02 09:16:00,100,101,99,100,1\n");
        Instant open = NseCalendar.bundled().sessionOpen(LocalDate.of(2026, 3, 2)).toInstant();
        assertThat(bars).extracting(Bar::start).containsExactly(open, open.plusSeconds(60));
    }

    @Test
    void rejectsBadRowsWithTheirLineAndReason() {
        String header = BarCsv.HEADER + "\n";
        assertThatThrownBy(() -> read("date,o,h,l,c,v\n")).hasMessageStartingWith("line 1: expected the header");
        assertThatThrownBy(() -> read(header + "2026-03-02,100,101,99,100\n")).hasMessage("line 2: expected 6 fields, got 5");
        assertThatThrownBy(() -> read(header + "02/03/2026,100,101,99,100,1\n")).hasMessageContaining("line 2: timestamp");
        assertThatThrownBy(() -> read(header + "2026-03-02,100.001,101,99,100,1\n")).hasMessageContaining("line 2: not a price");
        assertThatThrownBy(() -> read(header + "2026-03-02,100,101,99,100,1.5\n")).hasMessageContaining("line 2: volume");
        assertThatThrownBy(() -> read(header + "2026-03-02,100,101,99,100,1\n2026-03-02,100,101,99,100,1\n"))
                .hasMessageContaining("line 3: timestamp").hasMessageContaining("not after");
        List<String> skipped = new ArrayList<>();
        assertThat(BarCsv.read(new BufferedReader(new StringReader(header + "x\n2026-03-02,100,101,99,100,1\n")),
                bad -> skipped.add(bad.getMessage()))).hasSize(1);
        assertThat(skipped).containsExactly("line 2: expected 6 fields, got 1");
    }
}
