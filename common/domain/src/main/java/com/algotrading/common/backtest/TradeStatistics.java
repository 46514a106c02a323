package com.algotrading.common.backtest;

import com.algotrading.common.orders.Trade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Per-trade statistics on net P&L (after charges); a trade with zero net P&L counts as a loss. */
record TradeStatistics(double winRate, double profitFactor, Long expectancy, Long averageWin, Long averageLoss,
                       int longestWinStreak, int longestLossStreak, long charges) {

    static TradeStatistics of(List<Trade> trades) {
        long grossWins = 0;
        long grossLosses = 0;
        int wins = 0;
        int streak = 0;
        int longestWin = 0;
        int longestLoss = 0;
        long charges = 0;
        for (Trade trade : trades) {
            long net = trade.netPnl();
            charges += trade.charges();
            if (net > 0) {
                wins++;
                grossWins += net;
                streak = streak > 0 ? streak + 1 : 1;
                longestWin = Math.max(longestWin, streak);
            } else {
                grossLosses -= net;
                streak = streak < 0 ? streak - 1 : -1;
                longestLoss = Math.max(longestLoss, -streak);
            }
        }
        int n = trades.size();
        int losses = n - wins;
        return new TradeStatistics(n == 0 ? Double.NaN : (double) wins / n,
                grossLosses == 0 ? Double.NaN : (double) grossWins / grossLosses,
                average(grossWins - grossLosses, n), average(grossWins, wins), average(-grossLosses, losses),
                longestWin, longestLoss, charges);
    }

    /** Mean in paise, rounded half-up; null when there is nothing to average. */
    private static Long average(long total, int count) {
        return count == 0 ? null
                : BigDecimal.valueOf(total).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
