package com.algotrading.common.backtest;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.orders.Trade;

import java.time.Instant;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A backtest's performance. Money in paise; ratios as fractions ({@code 0.12} = 12%); {@code NaN} where a ratio is
 * undefined (no trades, no losses, no volatility), and null
 * averages when there is nothing to average. Returns are daily: equity at the last bar of each IST trading day
 * (the first day measured against the initial capital), so intraday and daily data annualise alike with
 * {@value #TRADING_DAYS_PER_YEAR} NSE trading days a year. Risk-free rate 0. Formulas in {@code docs/backtesting.md}.
 */
public record Metrics(long netPnl, double totalReturn, double cagr, double annualVolatility, double sharpe,
                      double sortino, double calmar, Drawdown maxDrawdown, int trades, double winRate,
                      double profitFactor, Long expectancy, Long averageWin, Long averageLoss,
                      int longestWinStreak, int longestLossStreak, double exposure, long chargesPaid, int tradingDays) {

    public static final int TRADING_DAYS_PER_YEAR = 252;

    /** The largest fall from a peak: amount in paise, fraction of the peak, and when the peak and trough were. */
    public record Drawdown(long amount, double fraction, Instant start, Instant end) {
    }

    static Metrics of(List<Bar> bars, long[] equity, List<Trade> trades, long initialCapital, int exposedBars) {
        long[] days = new long[bars.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = IstTime.epochDay(bars.get(i).start());
        }
        return of(i -> bars.get(i).start(), days, equity, trades, initialCapital, (double) exposedBars / bars.size());
    }

    /**
     * @param time     the time of equity point i
     * @param days     each point's IST epoch day (the engine notes them as it goes: a second walk over the bars would
     *                 cost more)
     * @param exposure the fraction of the time a position was open
     */
    static Metrics of(IntFunction<Instant> time, long[] days, long[] equity, List<Trade> trades, long initialCapital,
                      double exposure) {
        long finalEquity = equity[equity.length - 1];
        DailyReturns daily = DailyReturns.of(days, equity, initialCapital);
        double totalReturn = (double) (finalEquity - initialCapital) / initialCapital;
        double cagr = daily.count() == 0 ? Double.NaN
                : Math.pow((double) finalEquity / initialCapital, (double) TRADING_DAYS_PER_YEAR / daily.count()) - 1;
        Drawdown drawdown = drawdown(time, equity, initialCapital);
        TradeStatistics stats = TradeStatistics.of(trades);
        double annualisation = Math.sqrt(TRADING_DAYS_PER_YEAR);
        return new Metrics(finalEquity - initialCapital, totalReturn, cagr, daily.standardDeviation() * annualisation,
                ratio(daily.mean(), daily.standardDeviation()) * annualisation,
                ratio(daily.mean(), daily.downsideDeviation()) * annualisation,
                ratio(cagr, drawdown.fraction()), drawdown, trades.size(), stats.winRate(), stats.profitFactor(),
                stats.expectancy(), stats.averageWin(), stats.averageLoss(), stats.longestWinStreak(),
                stats.longestLossStreak(), exposure, stats.charges(), daily.count());
    }

    private static double ratio(double numerator, double denominator) {
        return denominator == 0 || Double.isNaN(denominator) ? Double.NaN : numerator / denominator;
    }

    private static Drawdown drawdown(IntFunction<Instant> time, long[] equity, long initialCapital) {
        long peak = initialCapital;
        int peakIndex = 0;
        long worst = 0;
        long worstPeak = initialCapital;
        int worstStart = -1;
        int worstEnd = -1;
        for (int i = 0; i < equity.length; i++) {
            if (equity[i] > peak) {
                peak = equity[i];
                peakIndex = i;
            } else if (peak - equity[i] > worst) {
                worst = peak - equity[i];
                worstPeak = peak;
                worstStart = peakIndex;
                worstEnd = i;
            }
        }
        return worstEnd < 0 ? new Drawdown(0, 0, null, null)
                : new Drawdown(worst, (double) worst / worstPeak, time.apply(worstStart), time.apply(worstEnd));
    }
}
