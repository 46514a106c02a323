package com.algotrading.data.candles;

import com.algotrading.common.barfiles.BarFile;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.IstTime;
import com.algotrading.data.candlestore.CandleCopy;
import com.algotrading.data.candlestore.CandleTable;
import com.algotrading.data.instruments.StoredInstrument;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any candle file the codec writes, in any row order, is the same bars through the backtest CLI's reader and through
 * a real import into PostgreSQL read back from the table — first through the fast COPY, then again (every row
 * already stored) through the staged merge. No Spring: the import runs on a fresh database of its own.
 */
class BarFileImportIT {

    private static final long TICK = 5;
    private static final AtomicInteger INSTRUMENTS = new AtomicInteger();
    private static JdbcTemplate jdbc;
    private static CandleImport candleImport;
    private static CandleRows candleRows;

    @BeforeContainer
    static void database() {
        PGSimpleDataSource dataSource = MarketDataDatabase.fresh();
        jdbc = new JdbcTemplate(dataSource);
        candleImport = new CandleImport(new CandleCopy(dataSource), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        candleRows = new CandleRows(new CandleTable(jdbc));
    }

    @Property(tries = 40)
    void aWrittenFileIsTheSameBarsThroughTheCliReaderAndThroughTheImport(@ForAll("files") CandleFile file)
            throws IOException {
        StringWriter csv = new StringWriter();
        BarFile.write(file.bars(), csv);
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        List<Bar> expected = file.bars().stream().sorted(Comparator.comparing(Bar::start)).toList();
        StoredInstrument instrument = instrument();

        List<Bar> viaCli = BarFile.read(new BufferedReader(new StringReader(csv.toString())), null);
        ImportResult fresh = candleImport.importCsv(instrument, file.interval(), new ByteArrayInputStream(bytes), false);
        List<Bar> viaImport = stored(instrument, file.interval());
        ImportResult again = candleImport.importCsv(instrument, file.interval(), new ByteArrayInputStream(bytes), false);

        assertThat(viaCli).isEqualTo(expected);
        assertThat(fresh).isEqualTo(new ImportResult(expected.size(), 0, 0, List.of()));
        assertThat(viaImport).isEqualTo(viaCli);
        assertThat(again).isEqualTo(new ImportResult(0, expected.size(), 0, List.of()));
        assertThat(stored(instrument, file.interval())).isEqualTo(viaCli);
    }

    /** A stored interval and bars it can hold: on the ₹0.05 tick, at whole minutes or (daily) at midnight IST. */
    record CandleFile(Interval interval, List<Bar> bars) {
    }

    @Provide
    Arbitrary<CandleFile> files() {
        return Arbitraries.of(Interval.ONE_MINUTE, Interval.ONE_DAY).flatMap(interval -> bars(interval).list()
                .ofMinSize(1).ofMaxSize(40).uniqueElements(Bar::start).map(bars -> new CandleFile(interval, bars)));
    }

    private static Arbitrary<Bar> bars(Interval interval) {
        long step = interval == Interval.ONE_DAY ? 86_400 : 60;
        long firstIstMidnight = IstTime.startOfDay(LocalDate.of(2000, 1, 1)).getEpochSecond();
        Arbitrary<Instant> starts = Arbitraries.longs().between(0, 40L * 365 * 86_400 / step)
                .map(n -> Instant.ofEpochSecond(firstIstMidnight + n * step));
        return Combinators.combine(starts, Arbitraries.longs().between(1, 2_000_000_000L / TICK),
                Arbitraries.longs().between(0, 20_000), Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 100), Arbitraries.longs().between(0, 1_000_000_000_000L))
                .as((start, lowTicks, rangeTicks, open, close, volume) -> {
                    long low = lowTicks * TICK;
                    long high = (lowTicks + rangeTicks) * TICK;
                    return new Bar(start, low + rangeTicks * open / 100 * TICK, high, low,
                            low + rangeTicks * close / 100 * TICK, volume);
                });
    }

    private static List<Bar> stored(StoredInstrument instrument, Interval interval) {
        return candleRows.read(instrument, interval, Instant.parse("1999-01-01T00:00:00Z"),
                Instant.parse("2041-01-01T00:00:00Z"), 1_000);
    }

    private static StoredInstrument instrument() {
        return MarketDataDatabase.instrument(jdbc, "PROP", Integer.toString(INSTRUMENTS.incrementAndGet()), TICK);
    }
}
