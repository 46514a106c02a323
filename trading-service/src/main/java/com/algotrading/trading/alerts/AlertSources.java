package com.algotrading.trading.alerts;

import com.algotrading.common.market.Rupees;
import com.algotrading.trading.audit.AuditLog;
import com.algotrading.trading.broker.BrokerCircuitChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * What the domain already announces, turned into alerts: the audit entries of the kill switch, the daily-loss limit
 * and reconciliation's corrections (after their commit: nothing is told that did not happen), and the broker circuit
 * opening.
 */
@Component
class AlertSources {

    private final Alerts alerts;
    private final ObjectMapper json;

    AlertSources(Alerts alerts, ObjectMapper json) {
        this.alerts = alerts;
        this.json = json;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void audited(AuditLog.Entry entry) {
        // Every step of every order is audited too: an entry's details are read only when it raises an alert.
        switch (entry.action()) {
            case "risk.kill-switch-engaged" -> alerts.raise(new Alert("kill-switch", "Kill switch engaged by "
                    + entry.actor() + ": " + details(entry).path("reason").asString()
                    + ". No new entries until released."));
            case "risk.kill-switch-released" -> alerts.raise(new Alert("kill-switch", "Kill switch released by "
                    + entry.actor() + "; risk is now " + details(entry).path("state").asString() + "."));
            case "risk.daily-loss-limit-reached" -> alerts.raise(new Alert("daily-loss", "Daily loss limit reached"
                    + " (day P&L " + Rupees.format(details(entry).path("dailyPnl").asLong()) + "): risk is REDUCING,"
                    + " only orders that close positions go out until tomorrow."));
            case "reconciliation.position-corrected" -> {
                JsonNode details = details(entry);
                alerts.raise(new Alert("reconciliation", "Reconciliation corrected " + details.path("symbol").asString()
                        + " " + details.path("product").asString() + ": " + details.path("ours").asString() + " here, "
                        + details.path("broker").asString() + " at the broker; the broker's quantity is kept."));
            }
            default -> {
                // every other decision is in the audit log, not worth waking anyone
            }
        }
    }

    private JsonNode details(AuditLog.Entry entry) {
        return json.readTree(entry.details());
    }

    @EventListener
    void circuit(BrokerCircuitChanged change) {
        change.reason().ifPresent(reason -> alerts.raise(new Alert("broker-circuit", "Broker circuit open: "
                + reason + ". New entries are halted until Angel One answers again.")));
    }
}
