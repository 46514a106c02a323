package com.algotrading.trading.orders;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.OrderStatus;
import com.algotrading.trading.audit.AuditLog;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.events.EventLog;
import com.algotrading.trading.events.EventType;
import com.algotrading.trading.persistence.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Orders placed outside the platform (the broker's own app, another program) that reconciliation finds in the broker's
 * book, adopted as orders of origin {@code EXTERNAL} so the trader sees them beside the platform's, with their status
 * and fills as the broker has them. They are never managed: not sent, not cancelled (not by the kill switch either),
 * not counted by {@code MAX_DAILY_TRADES}, never in flight for reconciliation. What they do to positions reaches the
 * books through the broker's positions, which reconciliation takes as the truth in live mode.
 */
@Component
public class ExternalOrders {

    private static final Logger log = LoggerFactory.getLogger(ExternalOrders.class);
    // Ours are always 19 characters (ClientOrderId.generate): an adopted order's id, shorter, can never be one of them.
    private static final String PREFIX = "X";
    private static final int MAX_BROKER_ID = 17;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final EventLog events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ExternalOrders(JdbcClient jdbc, AuditLog audit, EventLog events, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Adopts the book's orders that are not ours, or brings those adopted earlier up to date; returns how many changed. */
    public int adopt(List<BrokerOrderState> book) {
        Set<String> ours = ours(book);
        int changed = 0;
        for (BrokerOrderState state : book) {
            if (state.terms().isEmpty() || state.clientOrderId().map(id -> ours.contains(id.value())).orElse(false)) {
                continue;
            }
            Optional<Adopted> adopted = transactions.execute(tx -> upsert(state, state.terms().get()));
            if (adopted != null && adopted.isPresent()) {
                Order order = adopted.get().order();
                log.info("External order {} ({} {} {} {}) is {} at the broker: shown, not managed", order.brokerOrderId()
                        .orElse("?"), order.request().side(), order.request().quantity(), order.request().symbol(),
                        order.request().type().wireName(), order.status());
                events.publish(EventType.ORDER, OrderView.of(order));
                changed++;
            }
        }
        return changed;
    }

    /** The order a row now holds, and whether it was seen for the first time. */
    private record Adopted(Order order, boolean first) {
    }

    private Set<String> ours(List<BrokerOrderState> book) {
        String[] tags = book.stream().flatMap(state -> state.clientOrderId().stream()).map(ClientOrderId::value)
                .toArray(String[]::new);
        if (tags.length == 0) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT client_order_id FROM orders WHERE client_order_id = ANY(?)")
                .param(tags).query(String.class).list());
    }

    /** One statement: a new row, an update of a row that changed, or nothing. */
    private Optional<Adopted> upsert(BrokerOrderState state, OrderRequest terms) {
        long filled = Math.min(state.filledQuantity(), terms.quantity());
        long value = state.fills().stream().mapToLong(fill -> fill.quantity() * fill.price()).sum();
        OrderStatus status = switch (state.status()) {
            case FILLED -> OrderStatus.FILLED;
            case CANCELLED -> OrderStatus.CANCELLED;
            case REJECTED -> OrderStatus.REJECTED;
            case OPEN, PENDING -> filled > 0 ? OrderStatus.PARTIALLY_FILLED : OrderStatus.OPEN;
        };
        Instant now = clock.instant();
        List<Object> params = new ArrayList<>(List.of(UUID.randomUUID(), clientOrderId(state.brokerOrderId()),
                state.brokerOrderId(), terms.symbol().toString(), terms.side().name(), terms.quantity(), filled, value,
                terms.type().wireName(), Sql.bigint(terms.price()), Sql.bigint(terms.triggerPrice()),
                terms.product().name(), status.name(), Sql.text(state.reason()), Timestamp.from(now),
                Timestamp.from(now), IstTime.date(now)));
        Optional<Adopted> adopted = jdbc.sql("INSERT INTO orders (id, client_order_id, broker_order_id, symbol, side,"
                        + " quantity, filled_quantity, filled_value, order_type, price, trigger_price, product, status, reason,"
                        + " origin, reducing, created_at, updated_at, trading_day, actor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, ?, ?, ?, 'EXTERNAL', false, ?, ?, ?, 'external') ON CONFLICT (client_order_id) DO UPDATE"
                        + " SET quantity = EXCLUDED.quantity, filled_quantity = EXCLUDED.filled_quantity,"
                        + " filled_value = EXCLUDED.filled_value, price = EXCLUDED.price,"
                        + " trigger_price = EXCLUDED.trigger_price, status = EXCLUDED.status, reason = EXCLUDED.reason,"
                        + " updated_at = EXCLUDED.updated_at WHERE orders.origin = 'EXTERNAL' AND (orders.quantity,"
                        + " orders.filled_quantity, orders.price, orders.trigger_price, orders.status, orders.reason)"
                        + " IS DISTINCT FROM (EXCLUDED.quantity, EXCLUDED.filled_quantity, EXCLUDED.price,"
                        + " EXCLUDED.trigger_price, EXCLUDED.status, EXCLUDED.reason)"
                        + " RETURNING (xmax = 0) AS first, *")
                .params(params)
                .query((rs, row) -> new Adopted(OrderRepository.map(rs), rs.getBoolean("first"))).optional();
        adopted.ifPresent(row -> audit.record(now, "reconciliation", row.first() ? "order.external-adopted"
                : "order.external-changed", Map.of("orderId", row.order().id().value(), "brokerOrderId",
                state.brokerOrderId(), "symbol", terms.symbol().toString(), "status", status.name())));
        return adopted;
    }

    /** The id an adopted order is shown under, the same every time the broker lists it. */
    private static String clientOrderId(String brokerOrderId) {
        String alphanumeric = brokerOrderId.replaceAll("[^A-Za-z0-9]", "");
        return PREFIX + alphanumeric.substring(Math.max(0, alphanumeric.length() - MAX_BROKER_ID));
    }
}
