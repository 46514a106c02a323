package com.algotrading.trading.webhooks;

import com.algotrading.common.orders.DeploymentId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The {@code webhook_alerts} table: the latest alert of each kind per deployment, for the duplicate window. */
@Repository
class WebhookAlerts {

    /** An alert as taken: {@code fresh} unless the same one came within the window; what became of the first. */
    record Taken(UUID alertId, boolean fresh, Instant receivedAt, Optional<String> outcome) {
    }

    private final JdbcClient jdbc;

    WebhookAlerts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes an alert: one atomic upsert, so of two identical alerts racing each other exactly one is fresh. A row older
     * than the window is replaced (the alert is fresh again); a younger one makes this alert its duplicate.
     */
    Taken take(DeploymentId deployment, String fingerprint, Instant now, Duration window) {
        UUID alertId = UUID.randomUUID();
        Optional<UUID> fresh = jdbc.sql("INSERT INTO webhook_alerts (deployment_id, fingerprint, alert_id, received_at)"
                        + " VALUES (?, ?, ?, ?) ON CONFLICT (deployment_id, fingerprint) DO UPDATE"
                        + " SET alert_id = EXCLUDED.alert_id, received_at = EXCLUDED.received_at, outcome = NULL"
                        + " WHERE webhook_alerts.received_at <= EXCLUDED.received_at - make_interval(secs => ?)"
                        + " RETURNING alert_id")
                .params(deployment.value(), fingerprint, alertId, Timestamp.from(now), window.toMillis() / 1000.0)
                .query(UUID.class).optional();
        if (fresh.isPresent()) {
            return new Taken(alertId, true, now, Optional.empty());
        }
        return jdbc.sql("SELECT alert_id, received_at, outcome FROM webhook_alerts WHERE deployment_id = ?"
                        + " AND fingerprint = ?")
                .params(deployment.value(), fingerprint)
                .query((rs, row) -> new Taken(rs.getObject(1, UUID.class), false, rs.getTimestamp(2).toInstant(),
                        Optional.ofNullable(rs.getString(3))))
                .single();
    }

    /** What became of the alert: the order it sent, or why none was. */
    void settle(DeploymentId deployment, UUID alertId, String outcome) {
        jdbc.sql("UPDATE webhook_alerts SET outcome = ? WHERE deployment_id = ? AND alert_id = ?")
                .params(outcome, deployment.value(), alertId).update();
    }
}
