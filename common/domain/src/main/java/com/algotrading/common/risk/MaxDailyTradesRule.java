package com.algotrading.common.risk;

import java.util.Optional;

/**
 * {@code MAX_DAILY_TRADES} counts the orders sent on the IST trading day that open or increase a position; an order
 * that only reduces one is never refused by it, so a trader is never locked into a position.
 */
final class MaxDailyTradesRule implements RiskRule {

    @Override
    public String name() {
        return "max-daily-trades";
    }

    @Override
    public Optional<String> violation(OrderCheck order, RiskSnapshot account) {
        int limit = account.limits().maxDailyTrades();
        if (account.reduces() || account.tradesToday() < limit) {
            return Optional.empty();
        }
        return Optional.of(account.tradesToday() + " of " + limit + " trades used today");
    }
}
