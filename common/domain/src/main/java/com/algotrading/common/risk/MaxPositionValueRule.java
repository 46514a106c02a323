package com.algotrading.common.risk;

import java.util.Optional;

import static com.algotrading.common.market.Rupees.format;

/** One instrument's position, with the orders pending on it, at most {@code maxPositionValue}. */
final class MaxPositionValueRule implements RiskRule {

    @Override
    public String name() {
        return "max-position-value";
    }

    @Override
    public Optional<String> violation(OrderCheck order, RiskSnapshot account) {
        long limit = account.limits().maxPositionValue();
        if (account.reduces() || account.positionValueAfter() <= limit) {
            return Optional.empty();
        }
        return Optional.of(order.symbol() + " would be worth " + format(account.positionValueAfter())
                + ", over the limit of " + format(limit));
    }
}
