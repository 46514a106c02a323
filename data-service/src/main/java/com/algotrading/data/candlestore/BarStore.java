package com.algotrading.data.candlestore;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Symbol;
import com.algotrading.data.instruments.StoredInstrument;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * Live 1-minute bars in the candles table, numbered by {@code candle_seq} as they are stored. A minute stored
 * twice (the service restarted inside it) is merged, not overwritten, and gets a new number so subscribers see
 * the corrected bar.
 */
@Repository
public class BarStore {

    /** Every statement here answers {@code seq, instrument_id, time, open, high, low, close, volume, exchange, symbol}. */
    private static final RowMapper<PublishedBar> ROW = (row, index) -> new PublishedBar(row.getLong(1), row.getInt(2),
            new Symbol(Exchange.valueOf(row.getString(9)), row.getString(10)), CandleTable.bar(row, 3));

    private final JdbcTemplate jdbc;

    BarStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a closed bar and returns it as published. */
    public PublishedBar store(StoredInstrument instrument, Bar bar) {
        return jdbc.queryForObject("""
                        INSERT INTO candles AS c (%s, seq)
                        VALUES (?, '1m', ?, ?, ?, ?, ?, ?, nextval('candle_seq'))
                        ON CONFLICT (instrument_id, interval, time) DO UPDATE SET
                            high = greatest(c.high, excluded.high), low = least(c.low, excluded.low),
                            close = excluded.close, volume = c.volume + excluded.volume, seq = excluded.seq
                        RETURNING seq, instrument_id, time, open, high, low, close, volume,
                            ? AS exchange, ? AS trading_symbol
                        """.formatted(CandleTable.COLUMNS), ROW, instrument.id(), Timestamp.from(bar.start()), bar.open(), bar.high(), bar.low(),
                bar.close(), bar.volume(), instrument.instrument().exchange().name(),
                instrument.instrument().tradingSymbol());
    }

    /** Publishes a stored 1-minute bar again (the replay feed): it gets the next number, its prices stay. */
    public PublishedBar republish(int instrumentId, Instant time) {
        return jdbc.queryForObject("""
                UPDATE candles c SET seq = nextval('candle_seq') FROM instruments i
                WHERE i.id = c.instrument_id AND c.instrument_id = ? AND c.interval = '1m' AND c.time = ?
                RETURNING c.seq, c.instrument_id, c.time, c.open, c.high, c.low, c.close, c.volume, i.exchange,
                    i.trading_symbol
                """, ROW, instrumentId, Timestamp.from(time));
    }

    /** The instruments and start times of a range's stored 1-minute bars, by time. */
    public List<StoredMinute> storedMinutes(Collection<Integer> instrumentIds, Instant from, Instant to) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("SELECT instrument_id, time FROM candles"
                    + " WHERE interval = '1m' AND instrument_id = ANY (?) AND time >= ? AND time < ?"
                    + " ORDER BY time, instrument_id");
            statement.setArray(1, connection.createArrayOf("integer", instrumentIds.toArray()));
            statement.setTimestamp(2, Timestamp.from(from));
            statement.setTimestamp(3, Timestamp.from(to));
            return statement;
        }, (row, index) -> new StoredMinute(row.getInt(1), row.getTimestamp(2).toInstant()));
    }

    /** A stored 1-minute bar's key. */
    public record StoredMinute(int instrumentId, Instant time) {
    }

    /** Every bar of these instruments published after {@code seq}, in publication order. */
    public void publishedSince(long seq, Collection<Integer> instrumentIds, Consumer<PublishedBar> sink) {
        jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    SELECT c.seq, c.instrument_id, c.time, c.open, c.high, c.low, c.close, c.volume, i.exchange,
                           i.trading_symbol
                    FROM candles c JOIN instruments i ON i.id = c.instrument_id
                    WHERE c.seq > ? AND c.instrument_id = ANY (?) ORDER BY c.seq
                    """);
            statement.setLong(1, seq);
            statement.setArray(2, connection.createArrayOf("integer", instrumentIds.toArray()));
            return statement;
        }, (ResultSet row) -> {
            sink.accept(ROW.mapRow(row, 0));
        });
    }
}
