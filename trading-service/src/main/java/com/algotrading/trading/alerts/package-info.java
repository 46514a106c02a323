/**
 * Telling people what matters: the kill switch, risk moving to REDUCING, the broker circuit opening, reconciliation
 * correcting a position, the live readiness gate failing, and the day's summary after the close, as short messages
 * to the SNS topic ({@code ALERTS_TOPIC_ARN}) and a webhook ({@code ALERTS_WEBHOOK_URL}), rate-limited per kind.
 * It listens to the domain's events and audit entries; it never changes what trading does.
 */
package com.algotrading.trading.alerts;
