package com.algotrading.common.backtest;

import java.math.BigDecimal;
import java.util.Map;

/** One point of a parameter grid and its backtest metrics; {@code order} is its position in the grid. */
public record SweepPoint(int order, Map<String, BigDecimal> parameters, Metrics metrics) {
}
