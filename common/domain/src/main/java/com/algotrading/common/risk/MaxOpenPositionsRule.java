package com.algotrading.common.risk;

import java.util.Optional;

/** At most {@code maxOpenPositions} instruments held (or with an order pending) at once. */
final class MaxOpenPositionsRule implements RiskRule {

    @Override
    public String name() {
        return "max-open-positions";
    }

    @Override
    public Optional<String> violation(OrderCheck order, RiskSnapshot account) {
        int limit = account.limits().maxOpenPositions();
        if (!account.opensPosition() || account.openPositions() < limit) {
            return Optional.empty();
        }
        return Optional.of(account.openPositions() + " positions are open; the limit is " + limit);
    }
}
