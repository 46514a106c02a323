package com.algotrading.data.candlestore;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Upserts candles that arrive as records (the backfill); files go through {@link CandleCopy} instead. */
@Repository
public class CandleWriter {

    private final JdbcTemplate jdbc;

    CandleWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts or overwrites these stored-interval candles; returns how many were written. */
    public int upsert(int instrumentId, Interval interval, List<Bar> bars) {
        if (!CandleTable.isStored(interval)) {
            throw new IllegalArgumentException(interval.label() + " candles are derived, not stored");
        }
        jdbc.batchUpdate("""
                INSERT INTO candles (%s) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (instrument_id, interval, time) DO UPDATE SET open = excluded.open,
                    high = excluded.high, low = excluded.low, close = excluded.close, volume = excluded.volume
                """.formatted(CandleTable.COLUMNS), bars, 1_000, (statement, bar) -> {
            statement.setInt(1, instrumentId);
            statement.setString(2, interval.label());
            statement.setTimestamp(3, Timestamp.from(bar.start()));
            statement.setLong(4, bar.open());
            statement.setLong(5, bar.high());
            statement.setLong(6, bar.low());
            statement.setLong(7, bar.close());
            statement.setLong(8, bar.volume());
        });
        return bars.size();
    }

    /** The start times of the stored candles in [from, to), oldest first. */
    public List<Instant> times(int instrumentId, Interval interval, Instant from, Instant to) {
        return jdbc.queryForList("SELECT time FROM candles WHERE instrument_id = ? AND interval = ? AND time >= ?"
                        + " AND time < ? ORDER BY time", Timestamp.class, instrumentId, interval.label(),
                Timestamp.from(from), Timestamp.from(to)).stream().map(Timestamp::toInstant).toList();
    }
}
