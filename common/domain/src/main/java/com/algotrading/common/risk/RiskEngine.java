package com.algotrading.common.risk;

import java.util.List;
import java.util.Optional;

/**
 * Every order — from the API, a deployment, a webhook, a square-off — passes here. The rules run in a fixed order and
 * the first that refuses names the denial; the order of the list puts the most fundamental reason first (halted before
 * closed market before limits), so a trader is told the thing to fix first.
 */
public final class RiskEngine {

    private final List<RiskRule> rules;

    private RiskEngine(List<RiskRule> rules) {
        this.rules = rules;
    }

    /** @param priceBandPpm how far a written price may lie from the last price, parts per million (20 % = 200_000) */
    public static RiskEngine standard(long priceBandPpm) {
        return new RiskEngine(List.of(new KillSwitchRule(), new MarketHoursRule(), new ReducingOnlyRule(),
                new OrderRateRule(), new MaxOrderValueRule(), new PriceBandRule(priceBandPpm), new MaxDailyTradesRule(),
                new MaxDailyLossRule(), new MaxOpenPositionsRule(), new MaxPositionValueRule(), new FundsRule()));
    }

    public RiskDecision evaluate(OrderCheck order, RiskSnapshot account) {
        for (RiskRule rule : rules) {
            Optional<String> violation = rule.violation(order, account);
            if (violation.isPresent()) {
                return new RiskDecision.Denied(rule.name(), violation.get());
            }
        }
        return RiskDecision.APPROVED;
    }

    /** The rule names, in evaluation order. */
    public List<String> ruleNames() {
        return rules.stream().map(RiskRule::name).toList();
    }
}
