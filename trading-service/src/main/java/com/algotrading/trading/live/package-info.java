/**
 * What live mode adds around the broker: the pre-trade readiness gate ({@code GET /api/v1/readiness}) that keeps risk
 * HALTED until every check passes, and the broker circuit's alerts (halt, audit, the {@code BrokerCircuitOpen} metric).
 */
package com.algotrading.trading.live;
