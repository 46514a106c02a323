package com.algotrading.common.risk;

import java.util.Optional;

/** At the daily-loss limit the account only reduces positions. */
final class ReducingOnlyRule implements RiskRule {

    @Override
    public String name() {
        return "reducing-only";
    }

    @Override
    public Optional<String> violation(OrderCheck order, RiskSnapshot account) {
        if (account.state() != RiskState.REDUCING || account.reduces()) {
            return Optional.empty();
        }
        return Optional.of("only orders that reduce a position are accepted: "
                + account.stateReason().orElse("the daily loss limit was reached"));
    }
}
