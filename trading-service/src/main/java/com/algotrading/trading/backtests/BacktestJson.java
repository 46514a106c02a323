package com.algotrading.trading.backtests;

import com.algotrading.common.backtest.BacktestReport;
import com.algotrading.common.backtest.BacktestResult;
import com.algotrading.common.backtest.EquityCurve;
import com.algotrading.common.backtest.Metrics;
import com.algotrading.common.market.Prices;
import com.algotrading.common.orders.Side;
import com.algotrading.common.orders.Trade;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --json} file: {@code {"trades":[...], "metrics":{...}, "equityCurve":[...]}}. Money in rupees with two
 * decimals, ratios as fractions, times ISO-8601 in IST, undefined ratios as null. Field order is fixed, so the same
 * run writes the same bytes.
 */
public final class BacktestJson {

    public record TradeJson(String entryTime, String exitTime, String side, long quantity, BigDecimal entryPrice,
                     BigDecimal exitPrice, BigDecimal grossPnl, BigDecimal charges, BigDecimal netPnl, String exitReason,
                     boolean closedAtEnd) {
    }

    public record DrawdownJson(BigDecimal amount, Double fraction, String start, String end) {
    }

    public record MetricsJson(BigDecimal netPnl, Double totalReturn, Double cagr, Double annualVolatility, Double sharpe,
                       Double sortino, Double calmar, DrawdownJson maxDrawdown, int trades, Double winRate,
                       Double profitFactor, BigDecimal expectancy, BigDecimal averageWin, BigDecimal averageLoss,
                       int longestWinStreak, int longestLossStreak, Double exposure, BigDecimal chargesPaid,
                       int tradingDays) {
    }

    public record EquityPointJson(String time, BigDecimal equity) {
    }

    public record ResultJson(List<TradeJson> trades, MetricsJson metrics, List<EquityPointJson> equityCurve) {
    }

    private BacktestJson() {
    }

    public static void write(BacktestResult result, Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(out, json(result));
        }
    }

    public static ResultJson json(BacktestResult result) {
        List<TradeJson> trades = result.trades().stream().map(BacktestJson::trade).toList();
        EquityCurve curve = result.equityCurve();
        List<EquityPointJson> equity = new ArrayList<>(curve.size());
        for (int i = 0; i < curve.size(); i++) {
            equity.add(new EquityPointJson(BacktestReport.time(curve.time(i)), Prices.toRupees(curve.equity(i))));
        }
        return new ResultJson(trades, metrics(result.metrics()), equity);
    }

    private static TradeJson trade(Trade t) {
        return new TradeJson(BacktestReport.time(t.entryTime()), BacktestReport.time(t.exitTime()),
                t.side() == Side.BUY ? "long" : "short", t.quantity(), Prices.toRupees(t.entryPrice()),
                Prices.toRupees(t.exitPrice()), Prices.toRupees(t.grossPnl()), Prices.toRupees(t.charges()),
                Prices.toRupees(t.netPnl()), t.exitReason().name(), t.closedAtEnd());
    }

    public static MetricsJson metrics(Metrics m) {
        Metrics.Drawdown dd = m.maxDrawdown();
        return new MetricsJson(Prices.toRupees(m.netPnl()), finite(m.totalReturn()), finite(m.cagr()),
                finite(m.annualVolatility()), finite(m.sharpe()), finite(m.sortino()), finite(m.calmar()),
                new DrawdownJson(Prices.toRupees(dd.amount()), finite(dd.fraction()),
                        dd.start() == null ? null : BacktestReport.time(dd.start()),
                        dd.end() == null ? null : BacktestReport.time(dd.end())),
                m.trades(), finite(m.winRate()), finite(m.profitFactor()), rupees(m.expectancy()), rupees(m.averageWin()),
                rupees(m.averageLoss()), m.longestWinStreak(), m.longestLossStreak(), finite(m.exposure()),
                Prices.toRupees(m.chargesPaid()), m.tradingDays());
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static BigDecimal rupees(Long paise) {
        return paise == null ? null : Prices.toRupees(paise);
    }
}
