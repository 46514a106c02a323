package com.algotrading.common.risk;

/**
 * The limits every order is checked against; money in paise. Set from the environment at start-up and through the
 * API at run time (an admin's change is persisted and survives a restart).
 */
public record RiskLimits(int maxDailyTrades, long maxDailyLoss, long maxPositionValue, int maxOpenPositions,
                         long maxOrderValue, int maxOrdersPerSecond) {

    public RiskLimits {
        requireAtLeast("maxDailyTrades", maxDailyTrades, 0);
        requireAtLeast("maxDailyLoss", maxDailyLoss, 1);
        requireAtLeast("maxPositionValue", maxPositionValue, 1);
        requireAtLeast("maxOpenPositions", maxOpenPositions, 0);
        requireAtLeast("maxOrderValue", maxOrderValue, 1);
        requireAtLeast("maxOrdersPerSecond", maxOrdersPerSecond, 1);
    }

    private static void requireAtLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be at least " + minimum + ", got " + value);
        }
    }
}
