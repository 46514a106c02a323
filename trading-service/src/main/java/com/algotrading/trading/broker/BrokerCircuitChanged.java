package com.algotrading.trading.broker;

import java.time.Instant;
import java.util.Optional;

/**
 * The broker's circuit opened ({@code reason} present: calls are failing, new entries must stop) or closed again (a
 * read call found the broker back). Only a live adapter raises it; the paper broker is never unreachable.
 */
public record BrokerCircuitChanged(Optional<String> reason, Instant at) {

    public boolean open() {
        return reason.isPresent();
    }
}
