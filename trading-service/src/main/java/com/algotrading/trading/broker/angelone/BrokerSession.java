package com.algotrading.trading.broker.angelone;

import java.time.Instant;
import java.util.Optional;

/**
 * What the live broker looks like from here, without calling it: whether a session is held, the circuit's state, and
 * how the last call through the circuit went (an answer, even a refusal, shows the broker is up; no answer does not).
 *
 * @param circuit  {@code CLOSED}, {@code OPEN} or {@code HALF_OPEN}
 * @param lastCall empty before the first call
 */
public record BrokerSession(boolean loggedIn, String circuit, Optional<LastCall> lastCall) {

    /** @param failure empty when the broker answered; else why nothing usable came back */
    public record LastCall(Instant at, Optional<String> failure) {
    }

    /** Logged in, the circuit closed, and the last call (if any yet) answered. */
    public boolean working() {
        return loggedIn && "CLOSED".equals(circuit) && lastCall.flatMap(LastCall::failure).isEmpty();
    }
}
