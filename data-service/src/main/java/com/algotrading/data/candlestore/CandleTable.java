package com.algotrading.data.candlestore;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.Symbol;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Reads of the {@code candles} table (see {@code db/migration/V2__candles.sql}), and what every statement of this
 * package shares: which intervals are stored, the column list and how a row becomes a {@link Bar}.
 */
@Repository
public class CandleTable {

    /** The columns of a candle, in the order every statement here writes and reads them. */
    static final String COLUMNS = "instrument_id, interval, time, open, high, low, close, volume";

    private final JdbcTemplate jdbc;

    public CandleTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether candles of this interval live in the table (1m and 1d); the rest are derived from 1m on read. */
    public static boolean isStored(Interval interval) {
        return interval == Interval.ONE_MINUTE || interval == Interval.ONE_DAY;
    }

    /** The stored candles starting in [from, to), oldest first. */
    public void read(int instrumentId, Interval stored, Instant from, Instant to, Consumer<Bar> sink) {
        jdbc.query("SELECT time, open, high, low, close, volume FROM candles WHERE instrument_id = ? AND interval = ?"
                + " AND time >= ? AND time < ? ORDER BY time", (ResultSet row) -> {
            sink.accept(bar(row, 1));
        }, instrumentId, stored.label(), Timestamp.from(from), Timestamp.from(to));
    }

    /** Every instrument's 1-minute candles starting in [from, to), by symbol, then time (the archive's order). */
    public void minutesOfEveryInstrument(Instant from, Instant to, BiConsumer<Symbol, Bar> sink) {
        jdbc.query("""
                SELECT i.exchange, i.trading_symbol, c.time, c.open, c.high, c.low, c.close, c.volume
                FROM candles c JOIN instruments i ON i.id = c.instrument_id
                WHERE c.interval = '1m' AND c.time >= ? AND c.time < ? ORDER BY i.exchange, i.trading_symbol, c.time
                """, (ResultSet row) -> {
            sink.accept(new Symbol(Exchange.valueOf(row.getString(1)), row.getString(2)), bar(row, 3));
        }, Timestamp.from(from), Timestamp.from(to));
    }

    /** The bar in the six columns {@code time, open, high, low, close, volume} from column {@code first} on. */
    static Bar bar(ResultSet row, int first) throws SQLException {
        return new Bar(row.getTimestamp(first).toInstant(), row.getLong(first + 1), row.getLong(first + 2),
                row.getLong(first + 3), row.getLong(first + 4), row.getLong(first + 5));
    }
}
