/**
 * Webhook deployments' alerts: TradingView-style signals (BUY, SELL, EXIT) posted with the deployment's secret, made
 * orders through the one risk engine, an identical alert within the duplicate window acknowledged without a second.
 */
package com.algotrading.trading.webhooks;
