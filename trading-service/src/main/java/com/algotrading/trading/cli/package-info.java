/**
 * The trading-service jar as a command-line tool ({@code backtest}, {@code indicators}, {@code sweep}): picocli
 * commands over the engine in {@code common}, run without Spring. Exit code 0 on success, 2 on bad usage or bad data.
 */
package com.algotrading.trading.cli;
