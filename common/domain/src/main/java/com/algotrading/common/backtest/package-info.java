/**
 * The backtest engine: bars and a {@link com.algotrading.common.strategies.StrategyRun} in; trades, an equity curve
 * and metrics out. Deterministic: no clock, no threads, no hash ordering; the same input gives the same output.
 */
package com.algotrading.common.backtest;
