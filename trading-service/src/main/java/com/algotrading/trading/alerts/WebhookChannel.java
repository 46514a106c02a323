package com.algotrading.trading.alerts;

import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * A generic webhook: a JSON {@code {"text": ..., "subject": ...}} POST, the shape Slack's incoming webhooks and most
 * chat bridges take.
 */
final class WebhookChannel implements AlertChannel {

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final URI url;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    WebhookChannel(URI url, ObjectMapper json) {
        this.url = url;
        this.json = json;
    }

    @Override
    public void send(String subject, String text) {
        HttpRequest post = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("subject", subject,
                        "text", text)))).build();
        try {
            HttpResponse<Void> answer = http.send(post, HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException("the webhook answered " + answer.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the webhook did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling the webhook", e);
        }
    }
}
