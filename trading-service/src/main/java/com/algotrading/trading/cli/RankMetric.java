package com.algotrading.trading.cli;

import com.algotrading.common.backtest.Metrics;

import java.util.function.ToDoubleFunction;

/** Metrics a sweep can rank by, higher is better; undefined values rank last. */
enum RankMetric {
    sharpe("Sharpe", Metrics::sharpe),
    sortino("Sortino", Metrics::sortino),
    calmar("Calmar", Metrics::calmar),
    cagr("CAGR", Metrics::cagr),
    net_pnl("net P&L", m -> m.netPnl()),
    profit_factor("profit factor", Metrics::profitFactor),
    win_rate("win rate", Metrics::winRate),
    max_drawdown("smallest max drawdown", m -> -m.maxDrawdown().fraction());

    final String label;
    private final ToDoubleFunction<Metrics> metric;

    RankMetric(String label, ToDoubleFunction<Metrics> metric) {
        this.label = label;
        this.metric = metric;
    }

    /** @throws IllegalArgumentException listing the valid names */
    static RankMetric parse(String name) {
        for (RankMetric metric : values()) {
            if (metric.cliName().equals(name)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("--rank-by must be one of " + names() + ", got " + name);
    }

    static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(RankMetric::cliName).toList());
    }

    String cliName() {
        return name().replace('_', '-');
    }

    double score(Metrics metrics) {
        double value = metric.applyAsDouble(metrics);
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }
}
