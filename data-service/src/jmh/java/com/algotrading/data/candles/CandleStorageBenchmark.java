package com.algotrading.data.candles;

import com.algotrading.common.market.Interval;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.data.candlestore.CandleCopy;
import com.algotrading.data.candlestore.CandleTable;
import com.algotrading.data.instruments.StoredInstrument;
import org.postgresql.PGConnection;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;

/**
 * A load harness (not JMH: each measurement is one large database operation) against embedded PostgreSQL:
 * <ol>
 *   <li>the candle import versus a raw {@code COPY} of the same rows into {@code candles}, in one run
 *       (targets: ≥ 0.7× raw COPY and ≥ 200k candles/s), then a re-import of the same file (all updates);</li>
 *   <li>one year of 1-minute candles (~94k rows) read as 5-minute bars (target ≤ 300 ms).</li>
 * </ol>
 */
public final class CandleStorageBenchmark {

    private static final int YEARS = 5;

    public static void main(String[] args) throws Exception {
        PGSimpleDataSource dataSource = MarketDataDatabase.fresh();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        StringBuilder csv = new StringBuilder("timestamp,open,high,low,close,volume\n");
        StringBuilder copy = new StringBuilder();
        int rows = minutes(csv, copy);
        byte[] csvBytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] copyBytes = copy.toString().getBytes(StandardCharsets.UTF_8);
        CandleImport candleImport = new CandleImport(new CandleCopy(dataSource), new io.micrometer.core.instrument.simple.SimpleMeterRegistry());

        StoredInstrument year = null;
        for (int round = 1; round <= 3; round++) {
            StoredInstrument raw = instrument(jdbc, "1" + round);
            StoredInstrument imported = instrument(jdbc, "2" + round);
            long rawNanos = rawCopy(dataSource, raw.id(), copyBytes);
            long start = System.nanoTime();
            candleImport.importCsv(imported, Interval.ONE_MINUTE, new ByteArrayInputStream(csvBytes), false);
            long importNanos = System.nanoTime() - start;
            System.out.printf("round %d: %d rows; raw COPY %.0f rows/s; import %.0f rows/s; import/raw %.2f%n",
                    round, rows, rows / (rawNanos / 1e9), rows / (importNanos / 1e9), (double) rawNanos / importNanos);
            year = imported;
        }
        long reimportStart = System.nanoTime();
        candleImport.importCsv(year, Interval.ONE_MINUTE, new ByteArrayInputStream(csvBytes), false);
        System.out.printf("re-import of the same file (every row updated, through the staging table): %.0f rows/s%n",
                rows / ((System.nanoTime() - reimportStart) / 1e9));

        CandleRows candleRows = new CandleRows(new CandleTable(jdbc));
        Instant from = ZonedDateTime.of(2021, 1, 1, 0, 0, 0, 0, IstTime.ZONE).toInstant();
        Instant to = ZonedDateTime.of(2022, 1, 1, 0, 0, 0, 0, IstTime.ZONE).toInstant();
        long[] millis = new long[7];
        int bars = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            bars = candleRows.read(year, Interval.FIVE_MINUTE, from, to, 1_000_000).size();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("one year of 1m (%d rows) as 5m (%d bars): median %d ms, best %d ms, worst %d ms%n",
                jdbc.queryForObject("SELECT count(*) FROM candles WHERE instrument_id = ? AND time >= ? AND time < ?",
                        Integer.class, year.id(), java.sql.Timestamp.from(from), java.sql.Timestamp.from(to)),
                bars, millis[millis.length / 2], millis[0], millis[millis.length - 1]);
        System.exit(0);
    }

    /** Every trading minute of YEARS years from 2020, as import CSV and as COPY text (instrument id left open). */
    private static int minutes(StringBuilder csv, StringBuilder copy) {
        NseCalendar calendar = NseCalendar.bundled();
        int rows = 0;
        for (LocalDate day = LocalDate.of(2020, 1, 1); day.isBefore(LocalDate.of(2020 + YEARS, 1, 1));
             day = day.plusDays(1)) {
            if (!calendar.isTradingDay(day)) {
                continue;
            }
            ZonedDateTime close = calendar.sessionClose(day);
            for (ZonedDateTime minute = calendar.sessionOpen(day); minute.isBefore(close); minute = minute.plusMinutes(1)) {
                long price = 100_000 + (rows % 97) * 5;
                csv.append(minute.toOffsetDateTime()).append(',').append(price / 100).append('.')
                        .append(String.format("%02d", price % 100)).append(',')
                        .append((price + 50) / 100).append('.').append(String.format("%02d", (price + 50) % 100))
                        .append(',').append((price - 50) / 100).append('.')
                        .append(String.format("%02d", (price - 50) % 100)).append(',').append(price / 100).append('.')
                        .append(String.format("%02d", price % 100)).append(',').append(1000 + rows % 500).append('\n');
                copy.append("1m\t").append(minute.toOffsetDateTime()).append('\t').append(price).append('\t')
                        .append(price + 50).append('\t').append(price - 50).append('\t').append(price).append('\t')
                        .append(1000 + rows % 500).append('\n');
                rows++;
            }
        }
        return rows;
    }

    private static long rawCopy(PGSimpleDataSource dataSource, int instrumentId, byte[] rows) throws Exception {
        byte[] withId = withId(rows, instrumentId);
        try (Connection connection = dataSource.getConnection()) {
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY candles (interval, time, open, high,"
                    + " low, close, volume, instrument_id) FROM STDIN", new ByteArrayInputStream(withId));
            return System.nanoTime() - start;
        }
    }

    /** Appends the instrument id column to every COPY line (outside the timed section). */
    private static byte[] withId(byte[] rows, int instrumentId) {
        return new String(rows, StandardCharsets.UTF_8).replace("\n", "\t" + instrumentId + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static StoredInstrument instrument(JdbcTemplate jdbc, String token) {
        return MarketDataDatabase.instrument(jdbc, "BENCH", token, 5);
    }
}
