package com.algotrading.trading.broker;

/** What a broker said to a new order. */
public sealed interface PlaceOutcome {

    /** Accepted under the broker's own id; what happens next arrives as updates. */
    record Placed(String brokerOrderId) implements PlaceOutcome {
    }

    /** Definitively not placed, with the broker's words. */
    record Rejected(String reason) implements PlaceOutcome {
    }

    /** No usable answer (timeout, reset, empty or unparseable body, 5xx): the order may or may not be at the broker. */
    record Ambiguous(String reason) implements PlaceOutcome {
    }
}
