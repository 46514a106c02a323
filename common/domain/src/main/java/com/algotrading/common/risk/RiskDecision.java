package com.algotrading.common.risk;

/** What the risk engine says of an order: approved, or denied by a named rule with a reason a trader can act on. */
public sealed interface RiskDecision {

    Approved APPROVED = new Approved();

    record Approved() implements RiskDecision {
    }

    /** {@code rule} is one of the contract's stable names ({@code max-daily-trades}, {@code kill-switch}, ...). */
    record Denied(String rule, String reason) implements RiskDecision {
    }
}
