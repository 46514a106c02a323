package com.algotrading.common.risk;

import java.util.Optional;

/**
 * Everything the rules need about the account at the moment one order is checked, already worked out for that order.
 *
 * @param reduces            whether the order only reduces its position (after the orders still pending)
 * @param opensPosition      whether it opens a position where there is none and none is pending
 * @param positionValueAfter |position + pending + this order| × price, in paise
 * @param openPositions      positions open or pending, across instruments
 * @param dailyPnl           realised + unrealised − charges of the trading day, in paise
 * @param requiredFunds      the margin the order blocks, in paise
 */
public record RiskSnapshot(RiskState state, Optional<String> stateReason, RiskLimits limits, boolean reduces,
                           boolean opensPosition, long positionValueAfter, int openPositions, int tradesToday,
                           long dailyPnl, int ordersInLastSecond, long availableFunds, long requiredFunds,
                           MarketHours market) {
}
