package com.algotrading.common.barfiles;

import com.algotrading.common.market.Bar;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BarFileTest {

    private static final String HEADER = BarFile.HEADER + "\n";

    private static List<Bar> read(String text) {
        return BarFile.read(new BufferedReader(new StringReader(text)), null);
    }

    private static String written(List<Bar> bars) throws IOException {
        StringWriter csv = new StringWriter();
        BarFile.write(bars, csv);
        return csv.toString();
    }

    /** Any bars with distinct whole-second times, in any order: the file gives them back, oldest first. */
    @Property(tries = 200)
    void writtenBarsReadBackUnchangedOldestFirst(@ForAll("bars") List<Bar> bars) throws IOException {
        assertThat(read(written(bars))).isEqualTo(bars.stream().sorted(Comparator.comparing(Bar::start)).toList());
    }

    /** Bars as the codec may meet them: whole-second times from 2000 to 2040, any paisa price, any volume. */
    @Provide
    static Arbitrary<List<Bar>> bars() {
        Arbitrary<Bar> bar = Combinators.combine(Arbitraries.longs().between(946_684_800L, 2_208_988_800L),
                Arbitraries.longs().between(1, 10_000_000_000L), Arbitraries.longs().between(0, 100_000),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1),
                Arbitraries.longs().between(0, 1_000_000_000_000L)).as((second, low, range, open, close, volume) ->
                new Bar(Instant.ofEpochSecond(second), low + Math.round(open * range), low + range, low,
                        low + Math.round(close * range), volume));
        return bar.list().ofMaxSize(50).uniqueElements(Bar::start);
    }

    /** Whatever a row holds, reading either yields a bar or names the line: nothing else escapes. */
    @Property
    void anyRowIsReadOrRejectedWithItsLineNumber(@ForAll String row) {
        try {
            read(HEADER + "2026-03-02,1,1,1,1,1\n" + row.replace("\n", "").replace("\r", "") + "\n");
        } catch (BadBarException e) {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).isEqualTo("line 3: " + e.reason());
        }
    }

    @Test
    void writesTimesAtIstToTheSecondAndRupeesWithTwoDecimals() throws IOException {
        assertThat(written(List.of(new Bar(Instant.parse("2025-01-01T18:30:00Z"), 245005, 245500, 244950, 245110, 1200),
                new Bar(Instant.parse("2025-01-02T03:45:00Z"), 100, 100, 100, 100, 0))))
                .isEqualTo(HEADER + "2025-01-02T00:00:00+05:30,2450.05,2455.00,2449.50,2451.10,1200\n"
                        + "2025-01-02T09:15:00+05:30,1.00,1.00,1.00,1.00,0\n");
    }

    @Test
    void aBareDateIsADailyBarAtItsMidnightIst() {
        List<Bar> bars = read(HEADER + "2026-03-02,100,101,99,100.50,10\n2026-03-03T00:00:00+05:30,100.05,100.05,100.05,100.05,0\n");
        assertThat(bars).extracting(Bar::start).containsExactly(Instant.parse("2026-03-01T18:30:00Z"),
                Instant.parse("2026-03-02T18:30:00Z"));
        assertThat(bars.getFirst().close()).isEqualTo(10_050);
    }

    /** The shapes the data-service's candle import reads too, so its files feed a backtest unchanged. */
    @Test
    void readsDateTimesWithOrWithoutOffsetAndWithASpaceForTheT() {
        List<Bar> bars = read(HEADER + "2026-03-02T09:15,100,101,99,100,1\n2026-03-02 09:16:00,100,101,99,100,1\n"
                + "2026-03-02 09:17:00+05:30,100,101,99,100,1\n2026-03-02T03:48:00Z,100,101,99,100,1\n"
                + "2026-03-02 09:19:00.000+05:30,100,101,99,100,1\n");
        Instant open = Instant.parse("2026-03-02T03:45:00Z");
        assertThat(bars).extracting(Bar::start).containsExactly(open, open.plusSeconds(60), open.plusSeconds(120),
                open.plusSeconds(180), open.plusSeconds(240));
    }

    @Test
    void acceptsTheHeaderInAnyCaseWithSpacesAndAByteOrderMark() {
        assertThat(read("\uFEFFTimestamp, Open,High,Low,Close,Volume\n2026-03-02,100,101,99,100,1\n")).hasSize(1);
        assertThatThrownBy(() -> read("time,open,high,low,close,volume\n"))
                .hasMessage("line 1: the first line must be the header timestamp,open,high,low,close,volume,"
                        + " was \"time,open,high,low,close,volume\"");
        assertThatThrownBy(() -> read("")).hasMessageEndingWith("the file is empty");
    }

    @Test
    void readsNewestFirstRowsOldestFirst() {
        List<Bar> bars = read(HEADER + "2026-03-04,100,101,99,100,3\n2026-03-03,100,101,99,100,2\n\n2026-03-02,100,101,99,100,1\n");
        assertThat(bars).extracting(Bar::volume).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aRepeatedTimeIsTheLaterLinesFaultWhateverTheOrder() {
        String csv = HEADER + "2026-03-04,100,101,99,100,3\n2026-03-03,100,101,99,100,2\n2026-03-04T00:00+05:30,100,101,99,100,9\n";
        assertThatThrownBy(() -> read(csv)).isInstanceOf(BadBarException.class)
                .hasMessage("line 4: duplicate timestamp: line 2 has the same one");
        List<String> skipped = new ArrayList<>();
        assertThat(BarFile.read(new BufferedReader(new StringReader(csv)), bad -> skipped.add(bad.getMessage())))
                .extracting(Bar::volume).containsExactly(2L, 3L);
        assertThat(skipped).containsExactly("line 4: duplicate timestamp: line 2 has the same one");
    }

    @Test
    void rejectsBadRowsWithTheirLineAndAReasonInTheFilesOwnWords() {
        assertThatThrownBy(() -> read(HEADER + "2026-03-02,100,101,99,100\n"))
                .hasMessage("line 2: expected 6 columns (timestamp,open,high,low,close,volume), found 5");
        assertThatThrownBy(() -> read(HEADER + "02/03/2026,100,101,99,100,1\n"))
                .hasMessageStartingWith("line 2: unparseable timestamp \"02/03/2026\"");
        assertThatThrownBy(() -> read(HEADER + "2026-03-02,100.001,101,99,100,1\n"))
                .hasMessage("line 2: open \"100.001\" is not a price in rupees with at most 2 decimals");
        assertThatThrownBy(() -> read(HEADER + "2026-03-02,100,101,99,100,1\n2026-03-03T09:15+05:30,100,99,101,100,1\n"))
                .hasMessage("line 3: high 99 is below low 101");
        List<String> skipped = new ArrayList<>();
        assertThat(BarFile.read(new BufferedReader(new StringReader(HEADER + "x\n2026-03-02,100,101,99,100,1\n")),
                bad -> skipped.add(bad.getMessage()))).hasSize(1);
        assertThat(skipped).containsExactly("line 2: expected 6 columns (timestamp,open,high,low,close,volume), found 1");
    }
}
