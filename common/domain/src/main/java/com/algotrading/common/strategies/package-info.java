/**
 * The strategy API shared by backtest, paper and live trading: a {@link com.algotrading.common.strategies.Strategy}
 * turns closed bars into signals, a {@link com.algotrading.common.strategies.StrategyRun} adds the run's exits and
 * sizing and emits order intents. Strategy types describe their parameters for forms and validation.
 */
package com.algotrading.common.strategies;
