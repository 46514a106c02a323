package com.algotrading.trading.broker.paper;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Position;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.common.risk.PositionKey;
import com.algotrading.trading.broker.BrokerFill;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.BrokerOrderStatus;
import com.algotrading.trading.persistence.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The paper broker's tables: its orders, fills, positions and the account's cash side. */
@Repository
public class PaperBooks {

    /** The cash side of the paper account, in paise. */
    record Account(long capital, long realised, long charges) {
        long total() {
            return capital + realised - charges;
        }
    }

    private final JdbcClient jdbc;

    PaperBooks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account row, created with {@code capital} the first time it is asked for; locked until the transaction ends. */
    Account lockAccount(long capital) {
        jdbc.sql("INSERT INTO paper_account (id, capital, realised, charges) VALUES (1, ?, 0, 0) ON CONFLICT DO NOTHING")
                .param(capital).update();
        return jdbc.sql("SELECT capital, realised, charges FROM paper_account WHERE id = 1 FOR UPDATE")
                .query((rs, row) -> new Account(rs.getLong(1), rs.getLong(2), rs.getLong(3))).single();
    }

    Optional<Account> account() {
        return jdbc.sql("SELECT capital, realised, charges FROM paper_account WHERE id = 1")
                .query((rs, row) -> new Account(rs.getLong(1), rs.getLong(2), rs.getLong(3))).optional();
    }

    void insert(PaperOrder order, Instant now) {
        jdbc.sql("INSERT INTO paper_orders (client_order_id, broker_order_id, symbol, side, quantity, order_type, price,"
                        + " trigger_price, product, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)")
                .params(order.clientOrderId().value(), order.brokerOrderId(), order.symbol().toString(), order.side().name(),
                        order.quantity(), order.type().wireName(), Sql.bigint(order.price()), Sql.bigint(order.triggerPrice()),
                        order.product().name(), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** Moves an OPEN order to a final status; false when it was no longer open (filled or cancelled meanwhile). */
    boolean close(ClientOrderId id, BrokerOrderStatus status, Optional<String> reason, long filled, long value,
                  Instant now) {
        return jdbc.sql("UPDATE paper_orders SET status = ?, reason = ?, filled_quantity = ?, filled_value = ?,"
                        + " updated_at = ? WHERE client_order_id = ? AND status = 'OPEN'")
                .params(status.name(), Sql.text(reason), filled, value, Timestamp.from(now), id.value())
                .update() == 1;
    }

    void markTriggered(ClientOrderId id, Instant now) {
        jdbc.sql("UPDATE paper_orders SET triggered = true, updated_at = ? WHERE client_order_id = ?")
                .params(Timestamp.from(now), id.value()).update();
    }

    /**
     * Fills an OPEN order in full, in one statement: the order closes, the fill is recorded, the position is set to
     * {@code position} and the account moves by {@code realised} and the fee. Nothing is written when the order was
     * no longer open (cancelled meanwhile).
     *
     * @return whether the order was filled
     */
    boolean recordFill(ClientOrderId id, BrokerFill fill, long fee, PositionKey key, Position position, long realised) {
        return jdbc.sql("WITH closed AS (UPDATE paper_orders SET status = 'FILLED', reason = NULL, filled_quantity = ?,"
                        + " filled_value = ?, updated_at = ? WHERE client_order_id = ? AND status = 'OPEN'"
                        + " RETURNING client_order_id),"
                        + " filled AS (INSERT INTO paper_fills (trade_id, client_order_id, quantity, price, charges, filled_at)"
                        + " SELECT ?, client_order_id, ?, ?, ?, ?::timestamptz FROM closed),"
                        + " moved AS (INSERT INTO paper_positions (symbol, product, quantity, cost, realised)"
                        + " SELECT ?, ?, ?, ?, ? FROM closed ON CONFLICT (symbol, product) DO UPDATE SET"
                        + " quantity = EXCLUDED.quantity, cost = EXCLUDED.cost, realised = EXCLUDED.realised),"
                        + " booked AS (UPDATE paper_account SET realised = realised + ?, charges = charges + ?"
                        + " WHERE id = 1 AND EXISTS (SELECT 1 FROM closed))"
                        + " SELECT count(*) FROM closed")
                .params(fill.quantity(), Math.multiplyExact(fill.quantity(), fill.price()), Timestamp.from(fill.time()),
                        id.value(), fill.tradeId(), fill.quantity(), fill.price(), fee, Timestamp.from(fill.time()),
                        key.symbol().toString(), key.product().name(), position.quantity(), position.cost(),
                        position.realised(), realised, fee)
                .query(Long.class).single() == 1;
    }

    Map<PositionKey, Position> positions() {
        return jdbc.sql("SELECT symbol, product, quantity, cost, realised FROM paper_positions")
                .query((rs, row) -> Map.entry(new PositionKey(Symbol.parse(rs.getString(1)), Product.valueOf(rs.getString(2))),
                        new Position(rs.getLong(3), rs.getLong(4), rs.getLong(5))))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    List<PaperOrder> open() {
        return jdbc.sql("SELECT * FROM paper_orders WHERE status = 'OPEN' ORDER BY created_at")
                .query((rs, row) -> order(rs)).list();
    }

    Optional<BrokerOrderState> state(ClientOrderId id) {
        return states("WHERE o.client_order_id = ?", id.value()).stream().findFirst();
    }

    /** Orders created since {@code from}, oldest first, with their fills (one query). */
    List<BrokerOrderState> states(Instant from) {
        return states("WHERE o.created_at >= ?", Timestamp.from(from));
    }

    private List<BrokerOrderState> states(String where, Object parameter) {
        Map<String, BrokerOrderState> states = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT o.client_order_id, o.broker_order_id, o.status, o.reason, o.updated_at, f.trade_id, f.quantity,"
                        + " f.price, f.filled_at FROM paper_orders o LEFT JOIN paper_fills f USING (client_order_id) "
                        + where + " ORDER BY o.created_at, o.client_order_id, f.filled_at, f.trade_id")
                .param(parameter)
                .query(rs -> {
                    String id = rs.getString(1);
                    BrokerOrderState state = states.get(id);
                    if (state == null) {
                        state = new BrokerOrderState(Optional.of(new ClientOrderId(id)), rs.getString(2),
                                BrokerOrderStatus.valueOf(rs.getString(3)), List.of(),
                                Optional.ofNullable(rs.getString(4)), rs.getTimestamp(5).toInstant());
                    }
                    if (rs.getString(6) != null) {
                        List<BrokerFill> fills = new java.util.ArrayList<>(state.fills());
                        fills.add(new BrokerFill(rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getTimestamp(9).toInstant()));
                        state = new BrokerOrderState(state.clientOrderId(), state.brokerOrderId(), state.status(), fills,
                                state.reason(), state.updatedAt());
                    }
                    states.put(id, state);
                });
        return List.copyOf(states.values());
    }

    private static PaperOrder order(ResultSet rs) throws SQLException {
        return new PaperOrder(new ClientOrderId(rs.getString("client_order_id")), rs.getString("broker_order_id"),
                Symbol.parse(rs.getString("symbol")), Side.valueOf(rs.getString("side")), rs.getLong("quantity"),
                OrderType.fromWireName(rs.getString("order_type")), optionalLong(rs, "price"),
                optionalLong(rs, "trigger_price"), Product.valueOf(rs.getString("product")), rs.getBoolean("triggered"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
