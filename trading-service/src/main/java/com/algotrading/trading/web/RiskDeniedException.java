package com.algotrading.trading.web;

/** An order risk refused, answered {@code 422 /problems/risk-denied} with the rule. */
public class RiskDeniedException extends RuntimeException {

    private final String rule;

    public RiskDeniedException(String rule, String reason) {
        super(reason);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
