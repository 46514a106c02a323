package com.algotrading.dashboard.proxy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The open webhook endpoint's flood guard ({@code WEBHOOK_ALERTS_PER_SECOND}).
 *
 * @param alertsPerSecond alerts one deployment may receive a second, right secret or wrong; more are 429
 */
@ConfigurationProperties("dashboard.webhooks")
record WebhookProperties(@DefaultValue("5") int alertsPerSecond) {
}
