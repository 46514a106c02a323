/**
 * The trading service's application metrics (names from {@code application-metrics.json}), registered by listening
 * to the order desk and the audit log rather than from inside them.
 */
package com.algotrading.trading.observability;
