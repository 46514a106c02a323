package com.algotrading.common.risk;

import com.algotrading.common.orders.Product;

import java.util.Optional;

/** No order while the market is closed; no new intraday position after the entry cut-off. */
final class MarketHoursRule implements RiskRule {

    @Override
    public String name() {
        return "market-hours";
    }

    @Override
    public Optional<String> violation(OrderCheck order, RiskSnapshot account) {
        if (account.market().closed().isPresent()) {
            return account.market().closed();
        }
        if (order.product() == Product.INTRADAY && !account.reduces()) {
            return account.market().entriesClosed();
        }
        return Optional.empty();
    }
}
