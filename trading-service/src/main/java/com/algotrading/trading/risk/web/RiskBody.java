package com.algotrading.trading.risk.web;

import com.algotrading.common.risk.RiskLimits;
import com.algotrading.trading.risk.RiskView;
import com.algotrading.trading.web.ApiMoney;
import com.fasterxml.jackson.annotation.JsonInclude;

import java.math.BigDecimal;

/** {@code GET /api/v1/risk} and the kill switch's answers: the risk state, money as rupee strings. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RiskBody(String state, String reason, int tradesToday, int maxDailyTrades, String dailyPnl, Limits limits) {

    /** The limits as answered. */
    public record Limits(int maxDailyTrades, String maxDailyLoss, String maxPositionValue, int maxOpenPositions,
                  String maxOrderValue, int maxOrdersPerSecond) {

        static Limits of(RiskLimits limits) {
            return new Limits(limits.maxDailyTrades(), ApiMoney.text(limits.maxDailyLoss()),
                    ApiMoney.text(limits.maxPositionValue()), limits.maxOpenPositions(), ApiMoney.text(limits.maxOrderValue()),
                    limits.maxOrdersPerSecond());
        }
    }

    /** The body of {@code PUT /api/v1/risk/limits}: every limit, money in rupees (string or number). */
    record LimitsBody(Integer maxDailyTrades, BigDecimal maxDailyLoss, BigDecimal maxPositionValue,
                      Integer maxOpenPositions, BigDecimal maxOrderValue, Integer maxOrdersPerSecond) {

        RiskLimits toLimits() {
            return new RiskLimits(required("maxDailyTrades", maxDailyTrades), ApiMoney.paise("maxDailyLoss", maxDailyLoss),
                    ApiMoney.paise("maxPositionValue", maxPositionValue), required("maxOpenPositions", maxOpenPositions),
                    ApiMoney.paise("maxOrderValue", maxOrderValue), required("maxOrdersPerSecond", maxOrdersPerSecond));
        }

        private static int required(String field, Integer value) {
            if (value == null) {
                throw new IllegalArgumentException("'" + field + "' is required");
            }
            return value;
        }
    }

    public static RiskBody of(RiskView view) {
        return new RiskBody(view.state().name(), view.reason().orElse(null), view.tradesToday(), view.maxDailyTrades(),
                ApiMoney.text(view.dailyPnl()), Limits.of(view.limits()));
    }
}
