package com.algotrading.common.risk;

import java.util.Optional;

import static com.algotrading.common.market.Rupees.format;

/** A fat-finger guard on orders that open or add: one order's value at most {@code maxOrderValue}. */
final class MaxOrderValueRule implements RiskRule {

    @Override
    public String name() {
        return "max-order-value";
    }

    @Override
    public Optional<String> violation(OrderCheck order, RiskSnapshot account) {
        long limit = account.limits().maxOrderValue();
        if (account.reduces() || order.value() <= limit) {
            return Optional.empty();
        }
        return Optional.of("order value " + format(order.value()) + " is over the limit of " + format(limit));
    }
}
