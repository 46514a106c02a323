package com.algotrading.trading.broker.angelone;

import com.algotrading.trading.broker.BrokerCircuitChanged;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Tells the service when the broker's circuit opens or closes, and probes a half-open circuit with a read call (funds):
 * an order is never the probe, since an order whose answer is lost is exactly what an unhealthy broker produces.
 */
final class CircuitWatch {

    private static final Logger log = LoggerFactory.getLogger(CircuitWatch.class);

    private final CircuitBreaker breaker;
    private final Runnable probe;
    private final Consumer<BrokerCircuitChanged> listener;
    private final Clock clock;

    CircuitWatch(CircuitBreaker breaker, Runnable probe, Consumer<BrokerCircuitChanged> listener, Clock clock) {
        this.breaker = breaker;
        this.probe = probe;
        this.listener = listener;
        this.clock = clock;
    }

    void watch() {
        breaker.getEventPublisher().onStateTransition(this::changed);
    }

    /** Told once per outage: a failed probe (half-open back to open) is the same outage, not a new one. */
    private void changed(CircuitBreakerOnStateTransitionEvent event) {
        switch (event.getStateTransition()) {
            case CLOSED_TO_OPEN -> {
                String reason = "Angel One is not answering: " + Math.round(breaker.getMetrics().getFailureRate())
                        + " % of the last calls failed; new entries are halted until it answers again";
                log.warn("Broker circuit open: {}", reason);
                listener.accept(new BrokerCircuitChanged(Optional.of(reason), clock.instant()));
            }
            case OPEN_TO_HALF_OPEN -> Thread.ofVirtual().name("angelone-probe").start(this::probeQuietly);
            case HALF_OPEN_TO_CLOSED -> {
                log.info("Broker circuit closed: Angel One answers again");
                listener.accept(new BrokerCircuitChanged(Optional.empty(), clock.instant()));
            }
            default -> {
                // HALF_OPEN_TO_OPEN: still the same outage; the disabled and forced states are never configured
            }
        }
    }

    private void probeQuietly() {
        try {
            probe.run();
        } catch (RuntimeException e) {
            log.info("Broker probe failed ({}); the circuit stays open", e.getMessage());
        }
    }
}
