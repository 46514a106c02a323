package com.algotrading.common.backtest;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Prices;
import com.algotrading.common.market.Rupees;
import com.algotrading.common.orders.Trade;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * Human-readable, byte-stable text of a result: a metrics table (amounts as {@link Rupees#format} writes them) and a
 * trade list (plain rupee columns under a ₹ header), times in IST.
 */
public final class BacktestReport {

    private BacktestReport() {
    }

    public static String summary(Metrics m) {
        StringBuilder out = new StringBuilder();
        row(out, "Net P&L", rupees(m.netPnl()));
        row(out, "Total return", percent(m.totalReturn()));
        row(out, "CAGR", percent(m.cagr()));
        row(out, "Annualised volatility", percent(m.annualVolatility()));
        row(out, "Sharpe", number(m.sharpe()));
        row(out, "Sortino", number(m.sortino()));
        row(out, "Calmar", number(m.calmar()));
        Metrics.Drawdown dd = m.maxDrawdown();
        row(out, "Max drawdown", rupees(dd.amount()) + " (" + percent(dd.fraction()) + ")"
                + (dd.start() == null ? "" : " " + time(dd.start()) + " → " + time(dd.end())));
        row(out, "Trades", Integer.toString(m.trades()));
        row(out, "Win rate", percent(m.winRate()));
        row(out, "Profit factor", number(m.profitFactor()));
        row(out, "Expectancy / trade", rupees(m.expectancy()));
        row(out, "Average win", rupees(m.averageWin()));
        row(out, "Average loss", rupees(m.averageLoss()));
        row(out, "Longest win streak", Integer.toString(m.longestWinStreak()));
        row(out, "Longest loss streak", Integer.toString(m.longestLossStreak()));
        row(out, "Exposure", percent(m.exposure()));
        row(out, "Charges paid", rupees(m.chargesPaid()));
        row(out, "Trading days", Integer.toString(m.tradingDays()));
        return out.toString();
    }

    public static String trades(List<Trade> trades) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-25s %-25s %-4s %8s %11s %11s %12s %10s %12s %s%n",
                "entry", "exit", "side", "qty", "entry ₹", "exit ₹", "gross ₹", "charges ₹", "net ₹", "exit reason"));
        for (Trade t : trades) {
            out.append(String.format(Locale.ROOT, "%-25s %-25s %-4s %8d %11s %11s %12s %10s %12s %s%n", time(t.entryTime()),
                    time(t.exitTime()), t.side(), t.quantity(), Prices.toRupees(t.entryPrice()), Prices.toRupees(t.exitPrice()),
                    Prices.toRupees(t.grossPnl()), Prices.toRupees(t.charges()), Prices.toRupees(t.netPnl()),
                    t.exitReason() + (t.closedAtEnd() ? " (closed at end)" : "")));
        }
        return out.toString();
    }

    public static String time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, IstTime.ZONE).toString();
    }

    private static void row(StringBuilder out, String name, String value) {
        out.append(String.format(Locale.ROOT, "%-24s %s%n", name, value));
    }

    private static String rupees(Long paise) {
        return paise == null ? "n/a" : Rupees.format(paise);
    }

    private static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.2f%%", fraction * 100) : "n/a";
    }

    private static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4f", value) : "n/a";
    }
}
