package com.algotrading.data.candles;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.data.instruments.StoredInstrument;
import com.algotrading.data.web.ProblemType;
import org.apache.commons.io.FileUtils;
import org.apache.commons.io.IOUtils;
import org.apache.commons.io.input.TeeInputStream;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Imports candle CSV in one transaction. Rows are parsed and validated as they stream in and sent with binary
 * {@code COPY} straight into {@code candles}, the fastest way in, which only succeeds when none of them is stored
 * yet. When one is (a re-import) or the file repeats a timestamp, the unique key stops that COPY; the body, spooled
 * to a temporary file while it streamed, is then COPYed into a staging table and merged: an {@code UPDATE} of the
 * candles that exist and an {@code INSERT} of the rest, so re-importing a file updates, never duplicates. Memory does
 * not grow with the file: only the first {@value #MAX_LISTED_BAD_ROWS} bad rows are kept. Without {@code skipBadRows}
 * any bad row rolls everything back.
 */
@Component
public class CandleImport {

    static final int MAX_LISTED_BAD_ROWS = 1_000;
    private static final int COPY_BUFFER = 1 << 16;
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    CandleImport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * @throws ApiProblem ({@link ProblemType#INVALID_CANDLES}, member {@code badRows}) when a row is bad
     *                             and {@code skipBadRows} is false; nothing is written then
     */
    public ImportResult importCsv(StoredInstrument instrument, Interval interval, InputStream csv, boolean skipBadRows) {
        Path spool = createSpool();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                ImportResult result = importInTransaction(connection, instrument, interval, csv, spool, skipBadRows);
                connection.commit();
                return result;
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("candle import failed in the database: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the CSV body failed", e);
        } finally {
            FileUtils.deleteQuietly(spool.toFile());
        }
    }

    private static Path createSpool() {
        try {
            return Files.createTempFile("candle-import-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException("no room in the temporary directory to spool the import", e);
        }
    }

    private ImportResult importInTransaction(Connection connection, StoredInstrument instrument, Interval interval,
                                             InputStream csv, Path spool, boolean skipBadRows)
            throws SQLException, IOException {
        Savepoint beforeCopy = connection.setSavepoint();
        try (TeeInputStream body = new TeeInputStream(csv, Files.newOutputStream(spool), true)) {
            try {
                return copyIntoCandles(connection, instrument, interval, body, skipBadRows);
            } catch (SQLException | IOException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                connection.rollback(beforeCopy);
                IOUtils.consume(body);
            }
        }
        try (InputStream spooled = Files.newInputStream(spool)) {
            return mergeThroughStaging(connection, instrument, interval, spooled, skipBadRows);
        }
    }

    private static ImportResult copyIntoCandles(Connection connection, StoredInstrument instrument, Interval interval,
                                                InputStream csv, boolean skipBadRows) throws SQLException, IOException {
        BadRows bad = new BadRows();
        Staged staged = copy(connection, "COPY candles (instrument_id, interval, time, open, high, low, close, volume)"
                + " FROM STDIN (FORMAT binary)", 8, csv, interval, instrument, bad, (rows, line, bar) -> rows.row()
                .integer(instrument.id()).text(interval.label()).timestamp(bar.start()).bigint(bar.open())
                .bigint(bar.high()).bigint(bar.low()).bigint(bar.close()).bigint(bar.volume()));
        rejectUnlessSkipping(bad, skipBadRows);
        return new ImportResult(staged.rows(), 0, bad.count, bad.inLineOrder());
    }

    private static ImportResult mergeThroughStaging(Connection connection, StoredInstrument instrument,
                                                    Interval interval, InputStream csv, boolean skipBadRows)
            throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE candle_import (line BIGINT, time TIMESTAMPTZ, open BIGINT,"
                    + " high BIGINT, low BIGINT, close BIGINT, volume BIGINT) ON COMMIT DROP");
        }
        BadRows bad = new BadRows();
        Staged staged = copy(connection, "COPY candle_import FROM STDIN (FORMAT binary)", 7, csv, interval,
                instrument, bad, (rows, line, bar) -> rows.row().bigint(line).timestamp(bar.start()).bigint(bar.open())
                        .bigint(bar.high()).bigint(bar.low()).bigint(bar.close()).bigint(bar.volume()));
        if (!staged.ascending()) {
            findDuplicateTimestamps(connection, bad);
        }
        rejectUnlessSkipping(bad, skipBadRows);
        long[] written = merge(connection, instrument, interval, staged);
        return new ImportResult(written[0], written[1], bad.count, bad.inLineOrder());
    }

    private static void rejectUnlessSkipping(BadRows bad, boolean skipBadRows) {
        if (bad.count > 0 && !skipBadRows) {
            throw new ApiProblem(ProblemType.INVALID_CANDLES, bad.count + " bad row(s); nothing was written"
                    + " (add skipBadRows=true to write the good rows)",
                    Map.of("badRowCount", bad.count, "badRows", bad.inLineOrder()));
        }
    }

    private static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** How a valid row, with its line number in the file, becomes one row of a binary COPY. */
    @FunctionalInterface
    private interface RowFormat {
        void write(BinaryCopyRows rows, long line, Bar bar) throws IOException;
    }

    /** Streams the valid rows of the CSV into a binary {@code COPY} of {@code columns} columns. */
    private static Staged copy(Connection connection, String copySql, int columns, InputStream csv,
                               Interval interval, StoredInstrument instrument, BadRows bad, RowFormat format)
            throws SQLException, IOException {
        try (OutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, COPY_BUFFER);
             BinaryCopyRows rows = new BinaryCopyRows(copy, columns)) {
            return stage(csv, interval, instrument.instrument().tickSize(), bad, rows, format);
        }
    }

    /**
     * What staging saw: how many rows it wrote, whether their timestamps were strictly ascending (then none repeat)
     * and their range in epoch seconds (first > last when no row was staged).
     */
    private record Staged(long rows, boolean ascending, long first, long last) {
    }

    /** Parses and validates the rows, writing the valid ones as {@code format} says. */
    private static Staged stage(InputStream csv, Interval interval, long tickSize, BadRows bad, BinaryCopyRows rows,
                                RowFormat format) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), COPY_BUFFER);
        String header = reader.readLine();
        if (header == null || !CandleCsv.isHeader(header)) {
            bad.add(1, "the first line must be the header " + CandleCsv.HEADER);
            return new Staged(0, true, Long.MAX_VALUE, Long.MIN_VALUE);
        }
        long written = 0;
        long line = 1;
        long previous = Long.MIN_VALUE;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        boolean ascending = true;
        for (String text = reader.readLine(); text != null; text = reader.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            try {
                Bar bar = CandleCsv.parse(text, interval, tickSize);
                long time = bar.start().getEpochSecond();
                ascending &= time > previous;
                previous = time;
                first = Math.min(first, time);
                last = Math.max(last, time);
                format.write(rows, line, bar);
                written++;
            } catch (CandleCsv.RowRejected e) {
                bad.add(line, e.getMessage());
            }
        }
        return new Staged(written, ascending, first, last);
    }

    /** Marks every row whose timestamp an earlier row already had, and drops it from the staging table. */
    private static void findDuplicateTimestamps(Connection connection, BadRows bad) throws SQLException {
        String duplicates = "SELECT line, first FROM (SELECT line, min(line) OVER (PARTITION BY time) AS first"
                + " FROM candle_import) rows WHERE line <> first ORDER BY line";
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(duplicates)) {
            while (rows.next()) {
                bad.add(rows.getLong(1), "duplicate timestamp: line " + rows.getLong(2) + " has the same one");
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM candle_import WHERE line IN (SELECT line FROM (SELECT line,"
                    + " min(line) OVER (PARTITION BY time) AS first FROM candle_import) rows WHERE line <> first)");
        }
    }

    /**
     * Returns {inserted, updated}: existing candles are updated first, then the rest inserted (the counts come
     * straight from the two statements; a partitioned table offers no per-row "was inserted" marker).
     */
    private static long[] merge(Connection connection, StoredInstrument instrument, Interval interval,
                                Staged staged) throws SQLException {
        if (staged.first() > staged.last()) {
            return new long[] {0, 0};
        }
        String insert = """
                INSERT INTO candles (instrument_id, interval, time, open, high, low, close, volume)
                SELECT ?, ?, time, open, high, low, close, volume FROM candle_import
                ON CONFLICT (instrument_id, interval, time) DO NOTHING
                """;
        if (!anyStored(connection, instrument, interval, staged)) {
            return new long[] {execute(connection, insert, instrument, interval), 0};
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE candle_import");
        }
        String update = """
                UPDATE candles c SET open = s.open, high = s.high, low = s.low, close = s.close, volume = s.volume
                FROM candle_import s
                WHERE c.instrument_id = ? AND c.interval = ? AND c.time = s.time
                """;
        long updated = execute(connection, update, instrument, interval);
        long inserted = execute(connection, insert, instrument, interval);
        return new long[] {inserted, updated};
    }

    /** Whether any candle already lies in the staged range: when none, a fresh import skips the update pass. */
    private static boolean anyStored(Connection connection, StoredInstrument instrument, Interval interval,
                                     Staged staged) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM candles"
                + " WHERE instrument_id = ? AND interval = ? AND time BETWEEN to_timestamp(?) AND to_timestamp(?))")) {
            statement.setInt(1, instrument.id());
            statement.setString(2, interval.label());
            statement.setLong(3, staged.first());
            statement.setLong(4, staged.last());
            try (ResultSet exists = statement.executeQuery()) {
                exists.next();
                return exists.getBoolean(1);
            }
        }
    }

    private static long execute(Connection connection, String sql, StoredInstrument instrument, Interval interval)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, instrument.id());
            statement.setString(2, interval.label());
            return statement.executeLargeUpdate();
        }
    }

    /** Counts every bad row but keeps only the first few for the answer. */
    private static final class BadRows {
        private final List<BadRow> listed = new ArrayList<>();
        private long count;

        void add(long line, String reason) {
            count++;
            if (listed.size() < MAX_LISTED_BAD_ROWS) {
                listed.add(new BadRow(line, reason));
            }
        }

        /** Duplicates are found after the parse errors, so the list is re-sorted for the reader. */
        List<BadRow> inLineOrder() {
            return listed.stream().sorted(Comparator.comparingLong(BadRow::line)).toList();
        }
    }
}
