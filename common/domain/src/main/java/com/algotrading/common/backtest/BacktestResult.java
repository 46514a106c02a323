package com.algotrading.common.backtest;

import com.algotrading.common.orders.Trade;

import java.util.List;

/** A backtest's round trips in time order, its equity curve and its metrics. */
public record BacktestResult(List<Trade> trades, EquityCurve equityCurve, Metrics metrics) {
}
