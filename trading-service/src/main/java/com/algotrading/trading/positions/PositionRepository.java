package com.algotrading.trading.positions;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.Position;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.common.risk.PositionKey;
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

    /** Applies a fill to its position, locking the row for the rest of the caller's transaction. */
    public Holding applyFill(PositionKey key, Side side, long quantity, long price, long charges, LocalDate day,
                             Instant now) {
        Holding before = jdbc.sql("SELECT * FROM positions WHERE symbol = ? AND product = ? FOR UPDATE")
                .params(key.symbol().toString(), key.product().name()).query((rs, row) -> map(rs)).optional()
                .orElse(Holding.flat(key, day));
        Holding after = before.fill(side, quantity, price, charges, day);
        save(after, now);
        return after;
    }

    /** Sets a position to what the broker's books say (reconciliation), keeping its cost per unit where it can. */
    public Holding correct(PositionKey key, long quantity, long markPrice, LocalDate day, Instant now) {
        Holding before = jdbc.sql("SELECT * FROM positions WHERE symbol = ? AND product = ? FOR UPDATE")
                .params(key.symbol().toString(), key.product().name()).query((rs, row) -> map(rs)).optional()
                .orElse(Holding.flat(key, day));
        long cost = Math.multiplyExact(quantity, markPrice);
        Holding after = new Holding(key, new Position(quantity, cost, before.position().realised()), day,
                before.realisedOn(day), before.chargesOn(day));
        save(after, now);
        return after;
    }

    public List<Holding> all() {
        return jdbc.sql("SELECT * FROM positions ORDER BY symbol, product").query((rs, row) -> map(rs)).list();
    }

    private void save(Holding holding, Instant now) {
        jdbc.sql("INSERT INTO positions (symbol, product, quantity, cost, realised, day, day_realised, day_charges,"
                        + " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (symbol, product) DO UPDATE SET"
                        + " quantity = EXCLUDED.quantity, cost = EXCLUDED.cost, realised = EXCLUDED.realised,"
                        + " day = EXCLUDED.day, day_realised = EXCLUDED.day_realised, day_charges = EXCLUDED.day_charges,"
                        + " updated_at = EXCLUDED.updated_at")
                .params(holding.key().symbol().toString(), holding.key().product().name(), holding.position().quantity(),
                        holding.position().cost(), holding.position().realised(), holding.day(), holding.dayRealised(),
                        holding.dayCharges(), Timestamp.from(now))
                .update();
    }

    private static Holding map(ResultSet rs) throws SQLException {
        PositionKey key = new PositionKey(Symbol.parse(rs.getString("symbol")), Product.valueOf(rs.getString("product")));
        return new Holding(key, new Position(rs.getLong("quantity"), rs.getLong("cost"), rs.getLong("realised")),
                rs.getObject("day", LocalDate.class), rs.getLong("day_realised"), rs.getLong("day_charges"));
    }
}
