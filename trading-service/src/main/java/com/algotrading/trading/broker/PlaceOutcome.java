package com.algotrading.trading.broker;

/** What a broker said to a new order. */
public sealed interface PlaceOutcome {

    /**
     * Accepted under the broker's own id; what happens next arrives as updates. {@code open}: the answer already says
     * the order rests at the exchange (the paper broker's), so no separate update will say it.
     */
    record Placed(String brokerOrderId, boolean open) implements PlaceOutcome {
    }

    /** Definitively not placed, with the broker's words. */
    record Rejected(String reason) implements PlaceOutcome {
    }

    /** No usable answer (timeout, reset, empty or unparseable body, 5xx): the order may or may not be at the broker. */
    record Ambiguous(String reason) implements PlaceOutcome {
    }
}
