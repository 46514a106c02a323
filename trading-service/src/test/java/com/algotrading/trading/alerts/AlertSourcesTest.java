package com.algotrading.trading.alerts;

import com.algotrading.trading.audit.AuditLog;
import com.algotrading.trading.broker.BrokerCircuitChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit entries and events that become alerts, in the words people read, and those that do not. */
class AlertSourcesTest {

    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final Alerts alerts = new Alerts(List.of((subject, text) -> sent.add(subject + " | " + text)), "prod",
            Clock.systemUTC(), Duration.ofHours(1));
    private final AlertSources sources = new AlertSources(alerts, JsonMapper.shared());

    @AfterEach
    void stop() throws Exception {
        alerts.destroy();
    }

    @Test
    void theKillSwitchDailyLossReconciliationAndTheBrokerCircuitAreTold() {
        sources.audited(entry("admin", "risk.kill-switch-engaged", "{\"reason\":\"manual stop\"}"));
        sources.audited(entry("system", "risk.daily-loss-limit-reached", "{\"dailyPnl\":-2500000}"));
        sources.audited(entry("reconciliation", "reconciliation.position-corrected",
                "{\"symbol\":\"NSE:TCS-EQ\",\"product\":\"MIS\",\"ours\":10,\"broker\":5}"));
        sources.circuit(new BrokerCircuitChanged(Optional.of("3 calls without an answer"), Instant.now()));
        sources.circuit(new BrokerCircuitChanged(Optional.empty(), Instant.now()));
        sources.audited(entry("admin", "risk.limits-changed", "{}"));

        await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 4);
        assertThat(sent).containsExactly(
                "[algo-trading prod] kill-switch | Kill switch engaged by admin: manual stop. No new entries until released.",
                "[algo-trading prod] daily-loss | Daily loss limit reached (day P&L -₹25,000.00): risk is REDUCING,"
                        + " only orders that close positions go out until tomorrow.",
                "[algo-trading prod] reconciliation | Reconciliation corrected NSE:TCS-EQ MIS: 10 here, 5 at the broker;"
                        + " the broker's quantity is kept.",
                "[algo-trading prod] broker-circuit | Broker circuit open: 3 calls without an answer. New entries are"
                        + " halted until Angel One answers again.");
    }

    private static AuditLog.Entry entry(String actor, String action, String details) {
        return new AuditLog.Entry(Instant.now(), actor, action, details);
    }
}
