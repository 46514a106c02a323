package com.algotrading.data.candlestore;

import com.algotrading.common.market.Interval;
import com.algotrading.data.candlestore.CandleCopy.Source;
import com.algotrading.data.candlestore.CandleCopy.Staged;
import com.algotrading.data.candlestore.CandleCopy.Written;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The slow path of {@link CandleCopy}: the rows into a temporary staging table (with their line numbers, so repeated
 * times can be named), then merged into {@code candles} — an {@code UPDATE} of those stored, an {@code INSERT} of
 * the rest.
 */
final class StagedMerge {

    private static final String STAGED_DUPLICATES = "SELECT line, first FROM (SELECT line, min(line) OVER"
            + " (PARTITION BY time) AS first FROM candle_import) rows WHERE line <> first";

    private StagedMerge() {
    }

    static Written write(Connection connection, int instrumentId, Interval interval, Source source)
            throws SQLException, IOException {
        execute(connection, "CREATE TEMP TABLE candle_import (line BIGINT, time TIMESTAMPTZ, open BIGINT,"
                + " high BIGINT, low BIGINT, close BIGINT, volume BIGINT) ON COMMIT DROP");
        Staged staged = CandleCopy.copy(connection, "COPY candle_import FROM STDIN (FORMAT binary)", 7, source,
                (copy, line, bar) -> copy.row().bigint(line).timestamp(bar.start()).bigint(bar.open())
                        .bigint(bar.high()).bigint(bar.low()).bigint(bar.close()).bigint(bar.volume()));
        if (!staged.ascending()) {
            dropDuplicates(connection, source);
        }
        source.beforeCommit();
        return merge(connection, instrumentId, interval, staged);
    }

    /** Reports every staged row whose time an earlier line already had, and drops it. */
    private static void dropDuplicates(Connection connection, Source source) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet duplicates = statement.executeQuery(STAGED_DUPLICATES + " ORDER BY line")) {
            while (duplicates.next()) {
                source.duplicate(duplicates.getLong(1), duplicates.getLong(2));
            }
        }
        execute(connection, "DELETE FROM candle_import WHERE line IN (SELECT line FROM (" + STAGED_DUPLICATES + ") d)");
    }

    /**
     * Existing candles are updated first, then the rest inserted (the counts come straight from the two statements;
     * a partitioned table offers no per-row "was inserted" marker).
     */
    private static Written merge(Connection connection, int instrumentId, Interval interval, Staged staged)
            throws SQLException {
        if (staged.first() > staged.last()) {
            return new Written(0, 0);
        }
        String insert = "INSERT INTO candles (" + CandleTable.COLUMNS + ") SELECT ?, ?, time, open, high, low, close,"
                + " volume FROM candle_import ON CONFLICT (instrument_id, interval, time) DO NOTHING";
        if (!anyStored(connection, instrumentId, interval, staged)) {
            return new Written(update(connection, insert, instrumentId, interval), 0);
        }
        execute(connection, "ANALYZE candle_import");
        long updated = update(connection, """
                UPDATE candles c SET open = s.open, high = s.high, low = s.low, close = s.close, volume = s.volume
                FROM candle_import s
                WHERE c.instrument_id = ? AND c.interval = ? AND c.time = s.time
                """, instrumentId, interval);
        return new Written(update(connection, insert, instrumentId, interval), updated);
    }

    /** Whether any candle already lies in the staged range: when none, the update pass is skipped. */
    private static boolean anyStored(Connection connection, int instrumentId, Interval interval, Staged staged)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM candles"
                + " WHERE instrument_id = ? AND interval = ? AND time BETWEEN to_timestamp(?) AND to_timestamp(?))")) {
            statement.setInt(1, instrumentId);
            statement.setString(2, interval.label());
            statement.setLong(3, staged.first());
            statement.setLong(4, staged.last());
            try (ResultSet exists = statement.executeQuery()) {
                exists.next();
                return exists.getBoolean(1);
            }
        }
    }

    private static long update(Connection connection, String sql, int instrumentId, Interval interval)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, instrumentId);
            statement.setString(2, interval.label());
            return statement.executeLargeUpdate();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
