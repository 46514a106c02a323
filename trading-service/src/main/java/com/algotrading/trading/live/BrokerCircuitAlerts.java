package com.algotrading.trading.live;

import com.algotrading.trading.audit.AuditLog;
import com.algotrading.trading.broker.BrokerCircuitChanged;
import com.algotrading.trading.risk.RiskGate;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The broker's circuit opening halts new entries (a platform halt, lifted when the circuit closes), with an audit
 * entry and the risk event the halt publishes; the {@code BrokerCircuitOpen} gauge is 1 while it is open, for the
 * CloudWatch alarm.
 */
@Component
class BrokerCircuitAlerts {

    static final String SOURCE = "broker";
    private static final Logger log = LoggerFactory.getLogger(BrokerCircuitAlerts.class);

    private final RiskGate risk;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final AtomicInteger open = new AtomicInteger();

    BrokerCircuitAlerts(RiskGate risk, AuditLog audit, TransactionTemplate transactions, MeterRegistry meters) {
        this.risk = risk;
        this.audit = audit;
        this.transactions = transactions;
        Gauge.builder("BrokerCircuitOpen", open, AtomicInteger::get)
                .description("1 while the broker's circuit is open and new entries are halted").register(meters);
    }

    @EventListener
    void changed(BrokerCircuitChanged change) {
        open.set(change.open() ? 1 : 0);
        risk.platformHalt(SOURCE, change.reason());
        try {
            transactions.executeWithoutResult(tx -> audit.record(change.at(), "system",
                    change.open() ? "broker.circuit-open" : "broker.circuit-closed",
                    Map.of("reason", change.reason().orElse("the broker answers again"))));
        } catch (DataAccessException | TransactionException e) {
            log.warn("The broker circuit {} and the audit entry could not be written: {}",
                    change.open() ? "opened" : "closed", e.getMessage());
        }
    }
}
