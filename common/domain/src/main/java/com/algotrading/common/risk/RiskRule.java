package com.algotrading.common.risk;

import java.util.Optional;

/** One named risk rule: the reason it refuses an order, or empty when it lets the order pass. */
interface RiskRule {

    /** The contract's stable rule name, shown in every denial. */
    String name();

    Optional<String> violation(OrderCheck order, RiskSnapshot account);
}
