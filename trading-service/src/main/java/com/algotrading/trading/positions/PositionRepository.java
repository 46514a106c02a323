package com.algotrading.trading.positions;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.Position;
import com.algotrading.common.orders.Product;
import com.algotrading.common.risk.PositionKey;
import com.algotrading.trading.persistence.Write;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The {@code positions} table: changed only inside the transaction that records the fill behind the change. */
@Repository
public class PositionRepository {

    private final JdbcClient jdbc;

    PositionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Reads a position and locks its row for the rest of the caller's transaction (flat on {@code day} when it has
     * none): the fills that change it are applied to this, and written with {@link #saved}.
     */
    public Holding lock(PositionKey key, LocalDate day) {
        return jdbc.sql("SELECT * FROM positions WHERE symbol = ? AND product = ? FOR UPDATE")
                .params(key.symbol().toString(), key.product().name()).query((rs, row) -> map(rs)).optional()
                .orElse(Holding.flat(key, day));
    }

    /** Sets a position to what the broker's books say (reconciliation), keeping its cost per unit where it can. */
    public Holding correct(PositionKey key, long quantity, long markPrice, LocalDate day, Instant now) {
        Holding before = lock(key, day);
        long cost = Math.multiplyExact(quantity, markPrice);
        Holding after = new Holding(key, new Position(quantity, cost, before.position().realised()), day,
                before.realisedOn(day), before.chargesOn(day));
        Write save = saved(after, now);
        jdbc.sql(save.sql()).params(save.params()).update();
        return after;
    }

    public List<Holding> all() {
        return jdbc.sql("SELECT * FROM positions ORDER BY symbol, product").query((rs, row) -> map(rs)).list();
    }

    /** The write of a holding as it now is, for the statement that records the fills behind it. */
    public Write saved(Holding holding, Instant now) {
        return new Write("INSERT INTO positions (symbol, product, quantity, cost, realised, day, day_realised, day_charges,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (symbol, product) DO UPDATE SET"
                        + " quantity = EXCLUDED.quantity, cost = EXCLUDED.cost, realised = EXCLUDED.realised,"
                        + " day = EXCLUDED.day, day_realised = EXCLUDED.day_realised, day_charges = EXCLUDED.day_charges,"
                        + " updated_at = EXCLUDED.updated_at",
                List.of(holding.key().symbol().toString(), holding.key().product().name(), holding.position().quantity(),
                        holding.position().cost(), holding.position().realised(), holding.day(), holding.dayRealised(),
                        holding.dayCharges(), Timestamp.from(now)));
    }

    private static Holding map(ResultSet rs) throws SQLException {
        PositionKey key = new PositionKey(Symbol.parse(rs.getString("symbol")), Product.valueOf(rs.getString("product")));
        return new Holding(key, new Position(rs.getLong("quantity"), rs.getLong("cost"), rs.getLong("realised")),
                rs.getObject("day", LocalDate.class), rs.getLong("day_realised"), rs.getLong("day_charges"));
    }
}
