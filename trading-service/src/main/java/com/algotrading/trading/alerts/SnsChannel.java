package com.algotrading.trading.alerts;

import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/** The alerts topic; e-mail subscribers see the subject line (SNS takes at most 100 characters there). */
final class SnsChannel implements AlertChannel, AutoCloseable {

    private static final int MAX_SUBJECT = 100;

    private final SnsClient sns;
    private final String topicArn;

    SnsChannel(SnsClient sns, String topicArn) {
        this.sns = sns;
        this.topicArn = topicArn;
    }

    @Override
    public void send(String subject, String text) {
        sns.publish(PublishRequest.builder().topicArn(topicArn)
                .subject(subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT - 1) + "…" : subject)
                .message(text).build());
    }

    @Override
    public void close() {
        sns.close();
    }
}
