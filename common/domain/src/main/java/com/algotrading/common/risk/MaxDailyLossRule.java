package com.algotrading.common.risk;

import java.util.Optional;

import static com.algotrading.common.market.Rupees.format;

/** At a day's loss (realised + unrealised − charges) of {@code maxDailyLoss} or more, nothing that adds risk passes. */
final class MaxDailyLossRule implements RiskRule {

    @Override
    public String name() {
        return "max-daily-loss";
    }

    @Override
    public Optional<String> violation(OrderCheck order, RiskSnapshot account) {
        long limit = account.limits().maxDailyLoss();
        if (account.reduces() || account.dailyPnl() > -limit) {
            return Optional.empty();
        }
        return Optional.of("today's P&L " + format(account.dailyPnl()) + " is at the loss limit of " + format(limit));
    }
}
