package com.algotrading.trading.broker;

/** What a broker said to a cancel request; the cancellation itself arrives as an update. */
public sealed interface CancelOutcome {

    record Requested() implements CancelOutcome {
    }

    /** E.g. already filled: the order's state is the broker's to report. */
    record Refused(String reason) implements CancelOutcome {
    }

    record Ambiguous(String reason) implements CancelOutcome {
    }
}
