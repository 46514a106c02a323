package com.algotrading.data.instruments;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.InstrumentType;
import com.algotrading.common.market.Symbol;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code instruments} table. Instruments are upserted by (exchange, token); the trading symbol may change. */
@Repository
public class Instruments {

    private static final String COLUMNS =
            "id, exchange, token, trading_symbol, name, instrument_type, lot_size, tick_size_paise, expiry, strike_paise";
    private static final RowMapper<StoredInstrument> ROW = Instruments::map;

    private final JdbcTemplate jdbc;

    Instruments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StoredInstrument> find(Symbol symbol) {
        return jdbc.query("SELECT " + COLUMNS + " FROM instruments WHERE exchange = ? AND trading_symbol = ?", ROW,
                symbol.exchange().name(), symbol.tradingSymbol()).stream().findFirst();
    }

    /** @throws UnknownInstrumentException when no instrument has this symbol */
    public StoredInstrument require(Symbol symbol) {
        return find(symbol).orElseThrow(() -> new UnknownInstrumentException(symbol));
    }

    public Optional<StoredInstrument> find(int id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM instruments WHERE id = ?", ROW, id).stream().findFirst();
    }

    public Optional<StoredInstrument> find(Exchange exchange, InstrumentToken token) {
        return jdbc.query("SELECT " + COLUMNS + " FROM instruments WHERE exchange = ? AND token = ?", ROW,
                exchange.name(), token.value()).stream().findFirst();
    }

    /**
     * Instruments whose trading symbol starts with the query or whose name contains it, exact symbol first.
     *
     * @param exchange null for every exchange
     */
    public List<StoredInstrument> search(String query, Exchange exchange, int limit) {
        String text = query == null ? "" : query.trim().toUpperCase(Locale.ROOT);
        String like = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return jdbc.query("SELECT " + COLUMNS + " FROM instruments"
                        + " WHERE (upper(trading_symbol) LIKE ? OR upper(name) LIKE ?)"
                        + " AND (CAST(? AS TEXT) IS NULL OR exchange = ?)"
                        + " ORDER BY upper(trading_symbol) <> ?, upper(trading_symbol) <> ? || '-EQ', trading_symbol"
                        + " LIMIT ?",
                ROW, like + "%", "%" + like + "%", exchange == null ? null : exchange.name(),
                exchange == null ? null : exchange.name(), text, text, limit);
    }

    /** Inserts or updates instruments by (exchange, token); returns how many rows were written. */
    public int upsert(List<Instrument> batch) {
        int[][] counts = jdbc.batchUpdate("""
                INSERT INTO instruments (exchange, token, trading_symbol, name, instrument_type, lot_size,
                                         tick_size_paise, expiry, strike_paise)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (exchange, token) DO UPDATE SET trading_symbol = excluded.trading_symbol,
                    name = excluded.name, instrument_type = excluded.instrument_type, lot_size = excluded.lot_size,
                    tick_size_paise = excluded.tick_size_paise, expiry = excluded.expiry,
                    strike_paise = excluded.strike_paise
                """, batch, batch.size(), (statement, instrument) -> {
            statement.setString(1, instrument.exchange().name());
            statement.setString(2, instrument.token().value());
            statement.setString(3, instrument.tradingSymbol());
            statement.setString(4, instrument.name());
            statement.setString(5, instrument.type().name());
            statement.setInt(6, instrument.lotSize());
            statement.setLong(7, instrument.tickSize());
            statement.setObject(8, instrument.expiry().map(Date::valueOf).orElse(null), Types.DATE);
            statement.setObject(9, instrument.strike().orElse(null), Types.BIGINT);
        });
        int written = 0;
        for (int[] chunk : counts) {
            written += chunk.length;
        }
        return written;
    }

    private static StoredInstrument map(ResultSet row, int index) throws SQLException {
        Date expiry = row.getDate("expiry");
        long strike = row.getLong("strike_paise");
        Optional<Long> strikePaise = row.wasNull() ? Optional.empty() : Optional.of(strike);
        Instrument instrument = new Instrument(Exchange.valueOf(row.getString("exchange")),
                new InstrumentToken(row.getString("token")), row.getString("trading_symbol"), row.getString("name"),
                InstrumentType.valueOf(row.getString("instrument_type")), row.getInt("lot_size"),
                row.getLong("tick_size_paise"), Optional.ofNullable(expiry).map(Date::toLocalDate), strikePaise);
        return new StoredInstrument(row.getInt("id"), instrument);
    }
}
