package com.algotrading.trading.alerts;

import com.algotrading.trading.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Alerts as the SNS fake decodes the SDK's Publish call and as the webhook receives them: topic, subject with the
 * environment and kind, the message; a flood of one kind is one message a minute and then the count of the rest.
 */
class AlertsIT {

    private static final String TOPIC = "arn:aws:sns:ap-south-1:123456789012:algo-trading-dev-alerts";

    private FakeAlertReceivers receivers;
    private MutableClock clock;
    private Alerts alerts;

    @BeforeEach
    void start() throws Exception {
        receivers = new FakeAlertReceivers();
        clock = new MutableClock(Instant.parse("2026-12-02T05:00:00Z"));
        SnsClient sns = SnsClient.builder().endpointOverride(URI.create(receivers.snsUrl())).region(Region.AP_SOUTH_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build();
        alerts = new Alerts(List.of(new SnsChannel(sns, TOPIC),
                new WebhookChannel(URI.create(receivers.webhookUrl()), JsonMapper.shared())), "dev", clock,
                Duration.ofHours(1));
    }

    @AfterEach
    void stop() throws Exception {
        alerts.destroy();
        receivers.close();
    }

    @Test
    void anAlertReachesTheTopicAndTheWebhook() {
        alerts.raise(new Alert("kill-switch", "Kill switch engaged by admin: manual stop."));

        await().atMost(Duration.ofSeconds(10)).until(() -> receivers.sns.size() == 1 && receivers.webhook.size() == 1);
        FakeAlertReceivers.Published published = receivers.sns.getFirst();
        assertThat(published.topicArn()).isEqualTo(TOPIC);
        assertThat(published.subject()).isEqualTo("[algo-trading dev] kill-switch");
        assertThat(published.message()).isEqualTo("Kill switch engaged by admin: manual stop.");
        assertThat(receivers.webhook.getFirst().path("text").asString())
                .isEqualTo("Kill switch engaged by admin: manual stop.");
        assertThat(receivers.webhook.getFirst().path("subject").asString()).isEqualTo("[algo-trading dev] kill-switch");
    }

    @Test
    void aFloodIsOneMessageAMinuteThenTheCountOfTheRest() {
        for (int i = 0; i < 5; i++) {
            alerts.raise(new Alert("broker-circuit", "Broker circuit open: timeout " + i));
        }
        alerts.raise(new Alert("reconciliation", "Reconciliation corrected NSE:TCS-EQ"));
        alerts.flush();
        await().atMost(Duration.ofSeconds(10)).until(() -> receivers.sns.size() == 2);

        clock.set(clock.instant().plus(Alerts.WINDOW));
        alerts.flush();

        await().atMost(Duration.ofSeconds(10)).until(() -> receivers.sns.size() == 3);
        assertThat(receivers.sns).extracting(FakeAlertReceivers.Published::message).containsExactly(
                "Broker circuit open: timeout 0", "Reconciliation corrected NSE:TCS-EQ",
                "and 4 more broker-circuit alerts in the last minute (one per minute is sent)");
        alerts.raise(new Alert("broker-circuit", "Broker circuit open: timeout 5"));
        assertThat(receivers.sns).hasSize(3);
    }
}
