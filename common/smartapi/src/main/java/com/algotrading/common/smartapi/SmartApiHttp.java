package com.algotrading.common.smartapi;

import com.algotrading.common.settings.AngelOneCredentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One SmartAPI request over HTTP with the headers every call needs (reference §2): the API key, the user and source
 * type, placeholder client addresses (the broker does not check them; from April 2026 it checks the real source
 * IP of order calls) and, on every call but the login, the session's JWT.
 */
final class SmartApiHttp implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final URI apiUrl;
    private final AngelOneCredentials credentials;
    private final ObjectMapper json;
    private final Duration timeout;
    private final CallHeaders context;
    private final HttpClient http;

    /**
     * @param timeout the longest a call may take, connecting included; then it ends unanswered
     * @param context headers of the caller's context on every call (the trace)
     */
    SmartApiHttp(URI apiUrl, AngelOneCredentials credentials, ObjectMapper json, Duration timeout, CallHeaders context) {
        this.apiUrl = apiUrl;
        this.credentials = credentials;
        this.json = json;
        this.timeout = timeout;
        this.context = context;
        this.http = HttpClient.newBuilder().connectTimeout(timeout.compareTo(CONNECT_TIMEOUT) < 0 ? timeout
                : CONNECT_TIMEOUT).build();
    }

    /** POSTs {@code body} as JSON; {@code session} null for the login. Returns the envelope's {@code data}. */
    JsonNode post(String path, SmartApiSession session, Object body) {
        return send(request(path, session).POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    }

    JsonNode get(String path, SmartApiSession session) {
        return send(request(path, session).GET());
    }

    /** The broker's clock: the {@code Date} header of an authenticated GET of {@code path} (whole seconds). */
    Instant serverTime(String path, SmartApiSession session) {
        HttpResponse<String> response = exchange(request(path, session).GET());
        Envelope.data(response.statusCode(), response.body(), json);
        return response.headers().firstValue("Date")
                .map(date -> ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant())
                .orElseThrow(() -> new SmartApiException("NO_DATE", "the answer carried no Date header"));
    }

    private HttpRequest.Builder request(String path, SmartApiSession session) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(apiUrl.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-UserType", "USER").header("X-SourceID", "WEB")
                .header("X-ClientLocalIP", "127.0.0.1").header("X-ClientPublicIP", "127.0.0.1")
                .header("X-MACAddress", "00:00:00:00:00:00").header("X-PrivateKey", credentials.apiKey().value());
        if (session != null) {
            builder.header("Authorization", "Bearer " + session.jwtToken());
        }
        context.addTo(builder::header);
        return builder;
    }

    private JsonNode send(HttpRequest.Builder request) {
        HttpResponse<String> response = exchange(request);
        return Envelope.data(response.statusCode(), response.body(), json);
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Angel One at " + apiUrl + " did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Angel One", e);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
