package com.algotrading.trading.orders;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.DeploymentId;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderEvent;
import com.algotrading.common.orders.OrderId;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.OrderStatus;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.trading.audit.AuditLog;
import com.algotrading.trading.leadership.Leadership;
import com.algotrading.trading.persistence.Sql;
import com.algotrading.trading.web.ApiMoney;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The {@code orders} table. Status changes are conditional on the status read, so a lost race is seen, not overwritten. */
@Repository
class OrderRepository {

    // an order placed outside the platform is shown, never in flight here: nothing of ours settles it
    private static final String IN_FLIGHT = " FROM orders WHERE status NOT IN ('FILLED', 'CANCELLED', 'REJECTED')"
            + " AND origin <> 'EXTERNAL'";
    private static final String COLUMNS = "id, client_order_id, broker_order_id, symbol, side, quantity, filled_quantity,"
            + " filled_value, order_type, price, trigger_price, product, status, reason, deployment_id, origin, reducing,"
            + " created_at, updated_at";

    private final JdbcClient jdbc;
    private final Leadership leadership;
    private final AuditLog audit;

    OrderRepository(JdbcClient jdbc, Leadership leadership, AuditLog audit) {
        this.jdbc = jdbc;
        this.leadership = leadership;
        this.audit = audit;
    }

    /**
     * Who asked, under which idempotency key, and in which trace (to find the request's log lines in every service);
     * kept with the order, not part of the domain record.
     */
    record Provenance(String actor, Optional<String> idempotencyKey, Optional<String> fingerprint,
                      Optional<String> traceId) {
    }

    /**
     * Inserts a NEW order with its audit entries in one statement, fenced on the trading lock: one round trip, and
     * atomic on its own or within the caller's transaction.
     *
     * @return false when this instance no longer holds the lock (nothing was written)
     */
    boolean insertNew(Order order, Provenance provenance, List<AuditLog.Entry> entries) {
        OrderRequest request = order.request();
        AuditLog.Appended audited = audit.appendedWhen("placed", entries);
        List<Object> params = new ArrayList<>(List.of(UUID.fromString(order.id().value()), order.clientOrderId().value(),
                request.symbol().toString(), request.side().name(), request.quantity(), request.type().wireName(),
                Sql.bigint(request.price()), Sql.bigint(request.triggerPrice()), request.product().name(),
                order.status().name(), Sql.text(request.deploymentId().map(DeploymentId::value)), request.origin().name(),
                order.reducing(), Timestamp.from(order.createdAt()), Timestamp.from(order.updatedAt()),
                IstTime.date(order.createdAt()), provenance.actor(), Sql.text(provenance.idempotencyKey()),
                Sql.text(provenance.fingerprint()), Sql.text(provenance.traceId())));
        params.addAll(List.of(leadership.fenceArguments()));
        params.addAll(audited.params());
        boolean written = jdbc.sql("WITH placed AS (INSERT INTO orders (" + COLUMNS + ", trading_day, actor,"
                        + " idempotency_key, idempotency_fingerprint, trace_id) SELECT ?, ?, NULL, ?, ?, ?, 0, 0, ?, ?, ?,"
                        + " ?, ?, NULL, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?::date, ?, ?, ?, ? WHERE "
                        + Leadership.fenceSql() + " RETURNING id) " + audited.sql())
                .params(params).update() > 0;
        if (written) {
            audit.announce(entries);
        }
        return written;
    }

    /** Frees an idempotency key older than the contract's 24 hours, so it may name a new order. */
    void expireIdempotencyKey(String key, Instant before) {
        jdbc.sql("UPDATE orders SET idempotency_key = NULL WHERE idempotency_key = ? AND created_at < ?")
                .params(key, Timestamp.from(before)).update();
    }

    /** The order under an idempotency key, with the fingerprint of the request that made it. */
    Optional<Keyed> findByIdempotencyKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + ", idempotency_fingerprint FROM orders WHERE idempotency_key = ?")
                .param(key).query((rs, row) -> new Keyed(map(rs), rs.getString("idempotency_fingerprint")))
                .optional();
    }

    record Keyed(Order order, String fingerprint) {
    }

    Optional<Order> find(OrderId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM orders WHERE id = ?").param(UUID.fromString(id.value()))
                .query((rs, row) -> map(rs)).optional();
    }

    /** An order as read under its row lock, with the trade ids of the fills already recorded for it. */
    record Locked(Order order, Set<String> tradeIds) {
    }

    /** Reads and locks the order's row until the transaction ends (one event at a time per order), with its fills. */
    Optional<Locked> lock(OrderId id) {
        return locked("id = ?", UUID.fromString(id.value()));
    }

    Optional<Locked> lock(ClientOrderId id) {
        return locked("client_order_id = ?", id.value());
    }

    private Optional<Locked> locked(String where, Object key) {
        return jdbc.sql("SELECT " + COLUMNS + ", ARRAY(SELECT trade_id FROM fills f WHERE f.order_id = o.id) AS trade_ids"
                        + " FROM orders o WHERE " + where + " FOR UPDATE OF o")
                .param(key)
                .query((rs, row) -> new Locked(map(rs), Set.of((String[]) rs.getArray("trade_ids").getArray())))
                .optional();
    }

    /**
     * Writes the outcome of transitions from {@code before} with their audit entries in one statement, if the row is
     * still as {@code before} had it; false (nothing written) when something else moved the order first. {@code sent}
     * stamps {@code sent_at} (the order left NEW towards the broker).
     */
    boolean advance(Order before, Order after, boolean sent, List<AuditLog.Entry> entries) {
        List<Object> params = new ArrayList<>(List.of(after.status().name(), after.filledQuantity(), after.filledValue(),
                Sql.text(after.brokerOrderId()), Sql.text(after.reason()), Timestamp.from(after.updatedAt()), sent,
                Timestamp.from(after.updatedAt()), UUID.fromString(after.id().value()), before.status().name(),
                before.filledQuantity()));
        String update = "UPDATE orders SET status = ?, filled_quantity = ?, filled_value = ?, broker_order_id = ?,"
                + " reason = ?, updated_at = ?, sent_at = CASE WHEN ? THEN ?::timestamptz ELSE sent_at END"
                + " WHERE id = ? AND status = ? AND filled_quantity = ?";
        if (entries.isEmpty()) {
            return jdbc.sql(update).params(params).update() == 1;
        }
        AuditLog.Appended audited = audit.appendedWhen("moved", entries);
        params.addAll(audited.params());
        boolean moved = jdbc.sql("WITH moved AS (" + update + " RETURNING id) " + audited.sql()).params(params)
                .update() > 0;
        if (moved) {
            audit.announce(entries);
        }
        return moved;
    }

    /** Records a fill; the caller has checked under the order's row lock that its trade id is new. */
    void insertFill(Order order, OrderEvent.OrderFilled fill, long charges, LocalDate tradingDay) {
        jdbc.sql("INSERT INTO fills (order_id, trade_id, symbol, side, product, quantity, price, charges, filled_at,"
                        + " trading_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.fromString(order.id().value()), fill.tradeId(), order.request().symbol().toString(),
                        order.request().side().name(), order.request().product().name(), fill.quantity(), fill.price(),
                        charges, Timestamp.from(fill.time()), tradingDay)
                .update();
    }

    /** The trade book within [from, to), oldest first. */
    List<TradeView> fills(Instant from, Instant to, int limit) {
        return jdbc.sql("SELECT order_id, symbol, side, quantity, price, charges, filled_at FROM fills"
                        + " WHERE filled_at >= ? AND filled_at < ? ORDER BY filled_at, trade_id LIMIT ?")
                .params(Timestamp.from(from), Timestamp.from(to), limit)
                .query((rs, row) -> new TradeView(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        ApiMoney.text(rs.getLong(5)), ApiMoney.text(rs.getLong(6)),
                        OrderView.ist(rs.getTimestamp(7).toInstant())))
                .list();
    }

    List<Order> inFlight() {
        return jdbc.sql("SELECT " + COLUMNS + IN_FLIGHT + " ORDER BY created_at").query((rs, row) -> map(rs)).list();
    }

    /** The orders in flight created at or after {@code since}, oldest first. */
    List<Order> inFlightSince(Instant since) {
        return jdbc.sql("SELECT " + COLUMNS + IN_FLIGHT + " AND created_at >= ? ORDER BY created_at")
                .param(Timestamp.from(since)).query((rs, row) -> map(rs)).list();
    }

    /**
     * A page of the orders in flight, oldest first (by creation, then id), after {@code after} (a row of the previous
     * page) or from the first: a round over many resting orders holds one page at a time, not all of them.
     */
    List<Order> inFlightAfter(Optional<Order> after, int limit) {
        if (after.isEmpty()) {
            return jdbc.sql("SELECT " + COLUMNS + IN_FLIGHT + " ORDER BY created_at, id LIMIT ?").param(limit)
                    .query((rs, row) -> map(rs)).list();
        }
        Timestamp created = Timestamp.from(after.get().createdAt());
        // (created_at, id) > (?, ?) spelt out, so the planner bounds its scan of the orders_in_flight index
        return jdbc.sql("SELECT " + COLUMNS + IN_FLIGHT + " AND created_at >= ? AND (created_at > ? OR id > ?)"
                        + " ORDER BY created_at, id LIMIT ?")
                .params(created, created, UUID.fromString(after.get().id().value()), limit)
                .query((rs, row) -> map(rs)).list();
    }

    /** Orders of the IST trading day that count towards MAX_DAILY_TRADES: sent, and not only reducing. */
    int countedTrades(LocalDate tradingDay) {
        return jdbc.sql("SELECT count(*) FROM orders WHERE trading_day = ? AND NOT reducing AND sent_at IS NOT NULL")
                .param(tradingDay).query(Integer.class).single();
    }

    /** Newest first, filtered; {@code limit} + 1 rows are asked so the caller knows whether a next page exists. */
    List<Order> list(OrderFilter filter, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM orders WHERE true");
        List<Object> params = new ArrayList<>();
        filter.status().ifPresent(status -> {
            sql.append(" AND status = ?");
            params.add(status.name());
        });
        filter.symbol().ifPresent(symbol -> {
            sql.append(" AND symbol = ?");
            params.add(symbol.toString());
        });
        filter.deploymentId().ifPresent(deployment -> {
            sql.append(" AND deployment_id = ?");
            params.add(deployment.value());
        });
        filter.from().ifPresent(from -> {
            sql.append(" AND created_at >= ?");
            params.add(Timestamp.from(from));
        });
        filter.to().ifPresent(to -> {
            sql.append(" AND created_at < ?");
            params.add(Timestamp.from(to));
        });
        sql.append(" ORDER BY created_at DESC, id LIMIT ? OFFSET ?");
        params.add(limit);
        params.add(offset);
        return jdbc.sql(sql.toString()).params(params).query((rs, row) -> map(rs)).list();
    }

    static Order map(ResultSet rs) throws SQLException {
        OrderType type = OrderType.fromWireName(rs.getString("order_type"));
        OrderRequest request = new OrderRequest(Symbol.parse(rs.getString("symbol")), Side.valueOf(rs.getString("side")),
                rs.getLong("quantity"), type, optionalLong(rs, "price"), optionalLong(rs, "trigger_price"),
                Product.valueOf(rs.getString("product")),
                Optional.ofNullable(rs.getString("deployment_id")).map(DeploymentId::new),
                OrderOrigin.valueOf(rs.getString("origin")));
        return new Order(new OrderId(rs.getString("id")), new ClientOrderId(rs.getString("client_order_id")), request,
                OrderStatus.valueOf(rs.getString("status")), rs.getLong("filled_quantity"), rs.getLong("filled_value"),
                Optional.ofNullable(rs.getString("broker_order_id")), Optional.ofNullable(rs.getString("reason")),
                rs.getBoolean("reducing"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}
