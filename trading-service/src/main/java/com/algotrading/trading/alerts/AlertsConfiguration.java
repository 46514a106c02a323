package com.algotrading.trading.alerts;

import com.algotrading.common.settings.PlatformSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sns.SnsClient;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The channels that are set: the SNS topic when {@code ALERTS_TOPIC_ARN} is (Terraform sets it; the SDK finds the
 * region, the task role and {@code AWS_ENDPOINT_URL} itself), the webhook when {@code ALERTS_WEBHOOK_URL} is. With
 * neither, alerts are off.
 */
@Configuration(proxyBeanMethods = false)
class AlertsConfiguration {

    @Bean
    Alerts alerts(@Value("${ALERTS_TOPIC_ARN:}") String topicArn, @Value("${ALERTS_WEBHOOK_URL:}") String webhook,
                  @Value("${alerts.flush-every:15s}") Duration flushEvery, PlatformSettings settings,
                  ObjectMapper json, Clock clock) {
        List<AlertChannel> channels = new ArrayList<>();
        if (!topicArn.isBlank()) {
            channels.add(new SnsChannel(SnsClient.create(), topicArn));
        }
        if (!webhook.isBlank()) {
            channels.add(new WebhookChannel(URI.create(webhook), json));
        }
        return new Alerts(channels, settings.environment().profile(), clock, flushEvery);
    }
}
