package com.algotrading.trading.risk;

import com.algotrading.common.risk.RiskLimits;
import com.algotrading.common.risk.RiskState;

import java.util.Optional;

/** The risk state as {@code GET /api/v1/risk} reports it; money in paise. */
public record RiskView(RiskState state, Optional<String> reason, int tradesToday, int maxDailyTrades, long dailyPnl,
                       RiskLimits limits) {
}
