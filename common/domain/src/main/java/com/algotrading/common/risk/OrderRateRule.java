package com.algotrading.common.risk;

import java.util.Optional;

/** At most {@code maxOrdersPerSecond} orders in any rolling second, reducing ones included: the broker counts them all. */
final class OrderRateRule implements RiskRule {

    @Override
    public String name() {
        return "order-rate";
    }

    @Override
    public Optional<String> violation(OrderCheck order, RiskSnapshot account) {
        int limit = account.limits().maxOrdersPerSecond();
        if (account.ordersInLastSecond() < limit) {
            return Optional.empty();
        }
        return Optional.of(account.ordersInLastSecond() + " orders in the last second; the limit is " + limit
                + " per second");
    }
}
