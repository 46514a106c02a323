package com.algotrading.common.backtest;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Metrics a sweep can rank by, higher is better; undefined values rank last. */
public enum RankMetric {
    SHARPE("Sharpe", Metrics::sharpe),
    SORTINO("Sortino", Metrics::sortino),
    CALMAR("Calmar", Metrics::calmar),
    CAGR("CAGR", Metrics::cagr),
    NET_PNL("net P&L", m -> m.netPnl()),
    PROFIT_FACTOR("profit factor", Metrics::profitFactor),
    WIN_RATE("win rate", Metrics::winRate),
    MAX_DRAWDOWN("smallest max drawdown", m -> -m.maxDrawdown().fraction());

    private final String label;
    private final ToDoubleFunction<Metrics> metric;

    RankMetric(String label, ToDoubleFunction<Metrics> metric) {
        this.label = label;
        this.metric = metric;
    }

    /** @throws IllegalArgumentException listing the valid names */
    public static RankMetric parse(String name) {
        for (RankMetric metric : values()) {
            if (metric.cliName().equals(name)) {
                return metric;
            }
        }
        throw new IllegalArgumentException("--rank-by must be one of " + names() + ", got " + name);
    }

    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(RankMetric::cliName).toList());
    }

    /** The name as written on the command line: {@code net-pnl}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String label() {
        return label;
    }

    /** Higher is better; an undefined metric scores lowest. */
    public double score(Metrics metrics) {
        double value = metric.applyAsDouble(metrics);
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }
}
