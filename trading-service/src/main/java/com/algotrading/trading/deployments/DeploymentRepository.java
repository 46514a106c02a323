package com.algotrading.trading.deployments;

import com.algotrading.common.market.Interval;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.DeploymentId;
import com.algotrading.common.orders.OrderId;
import com.algotrading.common.orders.Product;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.trading.persistence.Sql;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@code deployments} and {@code deployment_orders} tables. */
@Repository
class DeploymentRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    DeploymentRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** @param webhookSecret the SHA-256 of a webhook deployment's secret; null for a strategy's */
    void insert(DeploymentId id, DeploymentSpec spec, byte[] webhookSecret, Instant now) {
        jdbc.sql("INSERT INTO deployments (id, name, strategy, parameters, instruments, bar_interval, sizing, product,"
                        + " exits, status, webhook_secret_sha256, created_at, updated_at) VALUES (?, ?, ?, ?::jsonb, ?, ?,"
                        + " ?::jsonb, ?, ?::jsonb, 'STOPPED', ?, ?, ?)")
                .params(id.value(), spec.name(), spec.strategy(), json.writeValueAsString(spec.parameters()),
                        spec.instruments().stream().map(Symbol::toString).toArray(String[]::new),
                        spec.interval().label(), json.writeValueAsString(sizing(spec.sizing())), spec.product().name(),
                        json.writeValueAsString(exits(spec.exits())),
                        new SqlParameterValue(java.sql.Types.BINARY, webhookSecret),
                        Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** The SHA-256 of a webhook deployment's secret; empty for any other deployment, or none. */
    Optional<byte[]> webhookSecret(DeploymentId id) {
        return jdbc.sql("SELECT webhook_secret_sha256 FROM deployments WHERE id = ? AND webhook_secret_sha256 IS NOT NULL")
                .param(id.value()).query((rs, row) -> rs.getBytes(1)).optional();
    }

    Optional<Deployment> find(DeploymentId id) {
        return jdbc.sql("SELECT * FROM deployments WHERE id = ?").param(id.value()).query((rs, row) -> map(rs)).optional();
    }

    List<Deployment> all() {
        return jdbc.sql("SELECT * FROM deployments ORDER BY created_at").query((rs, row) -> map(rs)).list();
    }

    void setRunning(DeploymentId id, boolean running, Instant now) {
        jdbc.sql("UPDATE deployments SET status = ?, updated_at = ? WHERE id = ?")
                .params(running ? "RUNNING" : "STOPPED", Timestamp.from(now), id.value()).update();
    }

    /** Deletes a stopped deployment; false when it is running (or gone). */
    boolean deleteStopped(DeploymentId id) {
        return jdbc.sql("DELETE FROM deployments WHERE id = ? AND status = 'STOPPED'").param(id.value()).update() == 1;
    }

    void recordDenial(DeploymentId id, String denial, Instant now) {
        jdbc.sql("UPDATE deployments SET last_denial = ?, updated_at = ? WHERE id = ?")
                .params(denial, Timestamp.from(now), id.value()).update();
    }

    /** Where the deployment is in the bar stream, after acting on a bar. */
    void progressed(DeploymentId id, String eventId, long bars, Optional<Instant> barTime) {
        jdbc.sql("UPDATE deployments SET last_event_id = ?, bars_seen = bars_seen + ?,"
                        + " last_bar_time = coalesce(?, last_bar_time) WHERE id = ?")
                .params(eventId, bars, new SqlParameterValue(java.sql.Types.TIMESTAMP,
                        barTime.map(Timestamp::from).orElse(null)), id.value())
                .update();
    }

    void recordOrder(OrderId order, DeploymentId deployment, String reason, Optional<Instant> decidedOn) {
        jdbc.sql("INSERT INTO deployment_orders (order_id, deployment_id, reason, decided_on) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING")
                .params(UUID.fromString(order.value()), deployment.value(), reason,
                        new SqlParameterValue(java.sql.Types.TIMESTAMP,
                                decidedOn.map(Timestamp::from).orElse(null)))
                .update();
    }

    /** The deployment's fills, oldest first, with why each order was sent. */
    List<DeploymentFill> fills(DeploymentId id) {
        return jdbc.sql("SELECT f.symbol, f.side, f.quantity, f.price, f.charges, f.filled_at, coalesce(d.reason, 'SIGNAL')"
                        + " FROM fills f JOIN orders o ON o.id = f.order_id LEFT JOIN deployment_orders d ON d.order_id = o.id"
                        + " WHERE o.deployment_id = ? ORDER BY f.filled_at, f.trade_id")
                .param(id.value())
                .query((rs, row) -> new DeploymentFill(Symbol.parse(rs.getString(1)),
                        com.algotrading.common.orders.Side.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getTimestamp(6).toInstant(),
                        com.algotrading.common.orders.ExitReason.valueOf(rs.getString(7))))
                .list();
    }

    private Deployment map(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> parameters = new LinkedHashMap<>();
        json.readTree(rs.getString("parameters")).properties()
                .forEach(entry -> parameters.put(entry.getKey(), entry.getValue().decimalValue()));
        Array instruments = rs.getArray("instruments");
        List<Symbol> symbols = Arrays.stream((String[]) instruments.getArray()).map(Symbol::parse).toList();
        DeploymentSpec spec = new DeploymentSpec(rs.getString("name"), rs.getString("strategy"), parameters, symbols,
                Interval.parse(rs.getString("bar_interval")), sizing(json.readTree(rs.getString("sizing"))),
                Product.valueOf(rs.getString("product")), exits(json.readTree(rs.getString("exits"))));
        Timestamp lastBar = rs.getTimestamp("last_bar_time");
        return new Deployment(new DeploymentId(rs.getString("id")), spec, "RUNNING".equals(rs.getString("status")),
                Optional.ofNullable(rs.getString("last_denial")), Optional.ofNullable(rs.getString("last_event_id")),
                rs.getLong("bars_seen"), Optional.ofNullable(lastBar).map(Timestamp::toInstant),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static Map<String, Object> sizing(Sizing sizing) {
        return switch (sizing) {
            case Sizing.FixedQuantity fixed -> Map.of("quantity", fixed.units());
            case Sizing.FixedCapital capital -> Map.of("capitalPaise", capital.paise());
            case Sizing.PercentOfEquity percent -> Map.of("equityPpm", percent.partsPerMillion());
        };
    }

    private static Sizing sizing(JsonNode node) {
        if (node.has("quantity")) {
            return new Sizing.FixedQuantity(node.get("quantity").asLong());
        }
        if (node.has("capitalPaise")) {
            return new Sizing.FixedCapital(node.get("capitalPaise").asLong());
        }
        return new Sizing.PercentOfEquity(node.get("equityPpm").asLong());
    }

    private static Map<String, Object> exits(DeploymentSpec.Exits exits) {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("stopLossPpm", exits.stopLossPpm());
        stored.put("targetPpm", exits.targetPpm());
        stored.put("trailingPpm", exits.trailingPpm());
        exits.squareOff().ifPresent(time -> stored.put("squareOff", time.toString()));
        return stored;
    }

    private static DeploymentSpec.Exits exits(JsonNode node) {
        return new DeploymentSpec.Exits(node.path("stopLossPpm").asLong(), node.path("targetPpm").asLong(),
                node.path("trailingPpm").asLong(), node.hasNonNull("squareOff")
                ? Optional.of(LocalTime.parse(node.get("squareOff").asString())) : Optional.empty());
    }
}
