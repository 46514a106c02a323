package com.algotrading.dashboard;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The trading-service or data-service as the dashboard meets it over real HTTP on loopback: answers every request
 * with {@code {}} (readiness UP at its actuator path) unless a reply is scripted, and records what came, for the test
 * to read.
 */
public final class FakeService implements AutoCloseable {

    /** One request as the fake received it. */
    public record Received(String method, String uri, Headers headers, String body) {
    }

    /** A scripted answer: the status, headers and body ({@code {origin}} in a header stands for the fake's URL). */
    public record Reply(int status, Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();

    public FakeService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    public String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public Received last() {
        return received.getLast();
    }

    /** Answers {@code method path} (without its query) so from now on. */
    public FakeService reply(String method, String path, Reply reply) {
        replies.put(method + " " + path, reply);
        return this;
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String uri = exchange.getRequestURI().toString();
        if (!uri.startsWith("/actuator/")) {
            received.add(new Received(exchange.getRequestMethod(), uri, exchange.getRequestHeaders(), body));
        }
        Reply reply = replies.getOrDefault(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath(),
                new Reply(200, Map.of("Content-Type", "application/json"),
                        uri.startsWith("/actuator/") ? "{\"status\":\"UP\",\"components\":{}}" : "{}"));
        byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value.replace("{origin}", url())));
        exchange.sendResponseHeaders(reply.status(), exchange.getRequestMethod().equals("HEAD") ? -1 : answer.length);
        if (!exchange.getRequestMethod().equals("HEAD")) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
