package com.algotrading.data.candles;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Instrument;
import com.algotrading.data.instruments.StoredInstrument;
import com.algotrading.postgres.DatabaseCoordinates;
import com.algotrading.postgres.TestDatabases;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** A fresh database with the data-service's schema migrated, for tests and harnesses that run the import without Spring. */
final class MarketDataDatabase {

    private MarketDataDatabase() {
    }

    static PGSimpleDataSource fresh() {
        DatabaseCoordinates database = TestDatabases.fresh();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(database.jdbcUrl());
        dataSource.setUser(database.username());
        dataSource.setPassword(database.password());
        dataSource.setCurrentSchema("market_data");
        Flyway.configure().dataSource(dataSource).schemas("market_data").defaultSchema("market_data")
                .createSchemas(true).load().migrate();
        return dataSource;
    }

    /** Registers an NSE equity {@code <prefix><token>-EQ} with this tick size. */
    static StoredInstrument instrument(JdbcTemplate jdbc, String prefix, String token, long tickPaise) {
        Instrument instrument = Instrument.equity(Exchange.NSE, token, prefix + token + "-EQ", prefix, tickPaise);
        Integer id = jdbc.queryForObject("INSERT INTO instruments (exchange, token, trading_symbol, name,"
                + " instrument_type, lot_size, tick_size_paise) VALUES ('NSE', ?, ?, ?, 'EQUITY', 1, ?) RETURNING id",
                Integer.class, token, instrument.tradingSymbol(), prefix, tickPaise);
        return new StoredInstrument(id, instrument);
    }
}
