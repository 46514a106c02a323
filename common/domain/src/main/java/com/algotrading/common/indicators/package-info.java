/**
 * Incremental technical indicators: each {@link com.algotrading.common.indicators.Indicator} takes one closed bar at
 * a time in O(1) (CCI: O(period)) and equals TA-Lib after its warm-up. Inputs are rupees as {@code double}; indicator
 * values are analytics, never money.
 */
package com.algotrading.common.indicators;
