package com.algotrading.common.risk;

import com.algotrading.common.orders.OrderOrigin;

import java.util.Optional;

/** Halted: nothing passes but the kill switch's own flattening orders. */
final class KillSwitchRule implements RiskRule {

    @Override
    public String name() {
        return "kill-switch";
    }

    @Override
    public Optional<String> violation(OrderCheck order, RiskSnapshot account) {
        if (account.state() != RiskState.HALTED || (order.origin() == OrderOrigin.KILL_SWITCH && account.reduces())) {
            return Optional.empty();
        }
        return Optional.of("trading is halted: " + account.stateReason().orElse("kill switch engaged"));
    }
}
