package com.algotrading.trading.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * The two data-service endpoints the trading-service uses, on loopback: instrument lookup and the last-price tick
 * stream, whose ticks the test sends. Written from the data-service's own answers (docs/data-service.md).
 */
public final class FakeDataService implements AutoCloseable {

    private static final Map<String, String> INSTRUMENTS = Map.of(
            "NSE/RELIANCE-EQ", instrument("NSE", "2885", "RELIANCE-EQ", "RELIANCE INDUSTRIES", 1, "0.05"),
            "NSE/TCS-EQ", instrument("NSE", "11536", "TCS-EQ", "TATA CONSULTANCY", 1, "0.05"),
            "NSE/INFY-EQ", instrument("NSE", "1594", "INFY-EQ", "INFOSYS", 1, "0.05"),
            "NSE/SBIN-EQ", instrument("NSE", "3045", "SBIN-EQ", "STATE BANK OF INDIA", 1, "0.05"));

    private final HttpServer server;
    private final List<OutputStream> streams = new CopyOnWriteArrayList<>();

    public FakeDataService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/instruments/", this::instrument);
        server.createContext("/api/v1/stream/ticks", this::ticks);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Whether a tick stream client is connected. */
    public boolean streaming() {
        return !streams.isEmpty();
    }

    /** Sends one tick to every connected stream; {@code rupees} as the data-service writes it. */
    public void tick(String symbol, String rupees) {
        String event = "event: tick\ndata: {\"symbol\":\"" + symbol + "\",\"time\":\""
                + OffsetDateTime.now(ZoneOffset.ofHoursMinutes(5, 30)) + "\",\"lastPrice\":" + rupees
                + ",\"lastQuantity\":1,\"volumeToday\":1}\n\n";
        for (OutputStream stream : streams) {
            try {
                stream.write(event.getBytes(StandardCharsets.UTF_8));
                stream.flush();
            } catch (IOException gone) {
                streams.remove(stream);
            }
        }
    }

    private void instrument(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getPath().substring("/api/v1/instruments/".length());
        String body = INSTRUMENTS.get(key);
        byte[] bytes = (body == null ? "{\"type\":\"/problems/unknown-instrument\",\"status\":404}" : body)
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", body == null ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void ticks(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": stream open\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        streams.add(out);
    }

    private static String instrument(String exchange, String token, String symbol, String name, int lot, String tick) {
        return "{\"symbol\":\"" + exchange + ":" + symbol + "\",\"exchange\":\"" + exchange + "\",\"token\":\"" + token
                + "\",\"tradingSymbol\":\"" + symbol + "\",\"name\":\"" + name + "\",\"type\":\"EQUITY\",\"lotSize\":"
                + lot + ",\"tickSize\":" + tick + "}";
    }

    @Override
    public void close() {
        for (OutputStream stream : streams) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the client went first
            }
        }
        server.stop(0);
    }
}
