package com.algotrading.data.candlestore;

import com.algotrading.common.barfiles.BarFile;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;

/**
 * Writes a file's candles in one transaction. The rows go with binary {@code COPY} straight into {@code candles},
 * the fastest way in, which only succeeds when none of them is stored yet. When one is (a re-import) or the file
 * repeats a timestamp, the unique key stops that COPY: it is rolled back and the rows, read again from the start,
 * are COPYed into a staging table and merged: an {@code UPDATE} of the candles that exist and an {@code INSERT} of the
 * rest, so writing a file again updates, never duplicates.
 */
@Repository
public class CandleCopy {

    private static final int COPY_BUFFER = 1 << 16;
    private static final String UNIQUE_VIOLATION = "23505";

    /** The file being written, readable twice, and what decides whether its rows may be written. */
    public interface Source {
        /**
         * Reads the rows from the start and hands each good one to {@code rows}. The first call may read a body as
         * it arrives; a second comes only after the fast path was stopped, and must give the same rows again.
         */
        void read(BarFile.Rows rows) throws IOException;

        /** A row whose timestamp the earlier {@code firstLine} already had; it is not written. */
        void duplicate(long line, long firstLine);

        /** Called once every row is in place, before anything is kept: throw to write nothing. */
        void beforeCommit();
    }

    /** How many candles the write added and how many it overwrote. */
    public record Written(long inserted, long updated) {
    }

    private final DataSource dataSource;

    public CandleCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @throws RuntimeException whatever {@link Source#beforeCommit()} throws, after rolling everything back */
    public Written write(int instrumentId, Interval interval, Source source) {
        if (!CandleTable.isStored(interval)) {
            throw new IllegalArgumentException(interval.label() + " candles are derived, not stored");
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Written written = write(connection, instrumentId, interval, source);
                connection.commit();
                return written;
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
        }
    }

    private static Written write(Connection connection, int instrumentId, Interval interval, Source source)
            throws SQLException, IOException {
        Savepoint beforeCopy = connection.setSavepoint();
        try {
            long inserted = copy(connection, "COPY candles (" + CandleTable.COLUMNS + ") FROM STDIN (FORMAT binary)", 8,
                    source, (copy, line, bar) -> copy.row().integer(instrumentId).text(interval.label())
                            .timestamp(bar.start()).bigint(bar.open()).bigint(bar.high()).bigint(bar.low())
                            .bigint(bar.close()).bigint(bar.volume())).rows();
            source.beforeCommit();
            return new Written(inserted, 0);
        } catch (SQLException | IOException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            connection.rollback(beforeCopy);
        }
        return StagedMerge.write(connection, instrumentId, interval, source);
    }

    /** How a good row, with its line number in the file, becomes one row of a binary COPY. */
    @FunctionalInterface
    interface RowFormat {
        void write(BinaryCopyRows copy, long line, Bar bar) throws IOException;
    }

    /**
     * What a COPY took: how many rows, whether their times were strictly ascending (then none repeat) and their
     * range in epoch seconds (first > last when there were none).
     */
    record Staged(long rows, boolean ascending, long first, long last) {
    }

    /** Streams the good rows into a binary {@code COPY} of {@code columns} columns. */
    static Staged copy(Connection connection, String copySql, int columns, Source source, RowFormat format)
            throws SQLException, IOException {
        Extent extent = new Extent();
        try (OutputStream out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, COPY_BUFFER);
             BinaryCopyRows copy = new BinaryCopyRows(out, columns)) {
            source.read((line, bar) -> {
                extent.add(bar.start().getEpochSecond());
                format.write(copy, line, bar);
            });
        }
        return new Staged(extent.rows, extent.ascending, extent.first, extent.last);
    }

    /** The count, order and range of the times a COPY took, in epoch seconds. */
    private static final class Extent {
        private long rows;
        private boolean ascending = true;
        private long previous = Long.MIN_VALUE;
        private long first = Long.MAX_VALUE;
        private long last = Long.MIN_VALUE;

        void add(long time) {
            ascending &= time > previous;
            previous = time;
            first = Math.min(first, time);
            last = Math.max(last, time);
            rows++;
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
}
