package com.algotrading.common.fuzz;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Sends fuzz requests and judges the answers: no server error (but for a 503 of a documented type), and every client
 * error an RFC 9457 problem detail ({@code application/problem+json}, a {@code /problems/...} type, the status
 * repeated) that shows nothing of the server's insides. A success is not read: a stream would never end.
 */
final class Verdict {

    private static final int MOST_BODY = 64 * 1024;
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** What a stack trace or an exception message would put in an answer. */
    private static final Pattern INTERNALS =
            Pattern.compile("java\\.|org\\.springframework|tools\\.jackson|Exception|\\tat ");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;
    private final Set<String> unavailableTypes;
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<String, String> failures = new LinkedHashMap<>();
    private int sent;

    Verdict(int port, Set<String> unavailableTypes) {
        this.port = port;
        this.unavailableTypes = unavailableTypes;
    }

    static boolean sendable(FuzzRequest request) {
        try {
            request.uri(1);
            return true;
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }

    void check(String endpoint, FuzzRequest request) {
        sent++;
        HttpResponse<InputStream> response;
        try {
            response = http.send(build(request), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            failures.putIfAbsent(endpoint + " " + request.method() + ": no answer (" + e + ")", request.describe());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fuzzing", e);
        }
        statuses.merge(response.statusCode(), 1, Integer::sum);
        try (InputStream body = response.body()) {
            if (response.statusCode() >= 400) {
                byte[] answer = body.readNBytes(MOST_BODY);
                wrongWith(response, answer, request.method()).ifPresent(wrong -> failures.putIfAbsent(
                        endpoint + " " + request.method() + " -> " + response.statusCode() + ": " + wrong,
                        request.describe() + "\n    answered: " + new String(answer, StandardCharsets.UTF_8).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FuzzReport report(Set<String> endpoints, Duration took) {
        List<String> lines = new ArrayList<>();
        failures.forEach((failure, example) -> lines.add(failure + "\n    e.g. " + example));
        return new FuzzReport(sent, statuses, lines, endpoints, took);
    }

    private HttpRequest build(FuzzRequest request) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(request.uri(port)).timeout(TIMEOUT)
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        if (request.accept() != null) {
            builder.header("Accept", request.accept());
        }
        return builder.build();
    }

    private Optional<String> wrongWith(HttpResponse<?> response, byte[] body, String method) {
        int status = response.statusCode();
        String contentType = response.headers().firstValue("Content-Type").orElse("none");
        if (!contentType.startsWith("application/problem+json")) {
            return Optional.of("Content-Type " + contentType + ", not a problem detail");
        }
        if (method.equals("HEAD")) {
            return status >= 500 ? Optional.of("a server error") : Optional.empty();
        }
        JsonNode problem;
        try {
            problem = json.readTree(body);
        } catch (JacksonException e) {
            return Optional.of("the body is not JSON");
        }
        String type = problem.path("type").asString("");
        if (!type.startsWith("/problems/")) {
            return Optional.of("no /problems/ type");
        }
        if (problem.path("status").asInt() != status) {
            return Optional.of("its status member differs");
        }
        if (status >= 500 && !(status == 503 && unavailableTypes.contains(type))) {
            return Optional.of("a server error, " + type);
        }
        return INTERNALS.matcher(problem.toString()).find()
                ? Optional.of("it shows the server's insides") : Optional.empty();
    }
}
