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
    private final List<OutputStream> barStreams = new CopyOnWriteArrayList<>();
    /** Every bar published, in order: the index is the event id less one, as the data-service numbers them. */
    private final List<String> publishedBars = new CopyOnWriteArrayList<>();
    private final Map<String, String> candles = new java.util.concurrent.ConcurrentHashMap<>();

    public FakeDataService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/v1/instruments/", this::instrument);
        server.createContext("/api/v1/stream/ticks", this::ticks);
        server.createContext("/api/v1/stream/bars", this::bars);
        server.createContext("/api/v1/candles", this::candles);
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

    /** Publishes a closed 1-minute bar on the bar stream, with the next event id. */
    public synchronized void bar(String symbol, com.algotrading.common.market.Bar bar) {
        publishedBars.add(barJson(symbol, bar));
        String event = "id: " + publishedBars.size() + "\nevent: bar\ndata: " + publishedBars.getLast() + "\n\n";
        for (OutputStream stream : barStreams) {
            try {
                stream.write(event.getBytes(StandardCharsets.UTF_8));
                stream.flush();
            } catch (IOException gone) {
                barStreams.remove(stream);
            }
        }
    }

    /** Whether a bar stream client is connected. */
    public boolean barStreaming() {
        return !barStreams.isEmpty();
    }

    /** How many bar stream clients are connected. */
    public int barStreamClients() {
        return barStreams.size();
    }

    /** The stored candles {@code GET /api/v1/candles} answers for an instrument and interval. */
    public void storeCandles(String symbol, String interval, List<com.algotrading.common.market.Bar> bars) {
        candles.put(symbol + "/" + interval, "[" + String.join(",", bars.stream().map(bar -> candleJson(bar)).toList())
                + "]");
    }

    private void bars(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        synchronized (this) {
            String last = exchange.getRequestHeaders().getFirst("Last-Event-ID");
            StringBuilder replay = new StringBuilder(": bar stream\n\n");
            for (int id = last == null ? publishedBars.size() : Integer.parseInt(last); id < publishedBars.size(); id++) {
                replay.append("id: ").append(id + 1).append("\nevent: bar\ndata: ").append(publishedBars.get(id))
                        .append("\n\n");
            }
            out.write(replay.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            barStreams.add(out);
        }
    }

    private void candles(HttpExchange exchange) throws IOException {
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : exchange.getRequestURI().getQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        String body = candles.getOrDefault(query.get("exchange") + ":" + query.get("symbol") + "/" + query.get("interval"),
                "[]");
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String barJson(String symbol, com.algotrading.common.market.Bar bar) {
        return "{\"symbol\":\"" + symbol + "\",\"interval\":\"1m\"," + candleJson(bar).substring(1);
    }

    private static String candleJson(com.algotrading.common.market.Bar bar) {
        return "{\"time\":\"" + OffsetDateTime.ofInstant(bar.start(), ZoneOffset.ofHoursMinutes(5, 30))
                + "\",\"open\":" + rupees(bar.open()) + ",\"high\":" + rupees(bar.high()) + ",\"low\":"
                + rupees(bar.low()) + ",\"close\":" + rupees(bar.close()) + ",\"volume\":" + bar.volume() + "}";
    }

    private static String rupees(long paise) {
        return java.math.BigDecimal.valueOf(paise, 2).toPlainString();
    }

    private void instrument(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestURI().getPath().substring("/api/v1/instruments/".length());
        String body = INSTRUMENTS.getOrDefault(key, generated(key));
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

    /** Any other NSE equity a test or benchmark names (BENCH01-EQ …) exists too; names with NOPE never do. */
    private static String generated(String key) {
        if (!key.startsWith("NSE/") || !key.endsWith("-EQ") || key.contains("NOPE")) {
            return null;
        }
        String symbol = key.substring(4);
        return instrument("NSE", Integer.toString(100_000 + Math.floorMod(symbol.hashCode(), 800_000)), symbol, symbol, 1,
                "0.05");
    }

    private static String instrument(String exchange, String token, String symbol, String name, int lot, String tick) {
        return "{\"symbol\":\"" + exchange + ":" + symbol + "\",\"exchange\":\"" + exchange + "\",\"token\":\"" + token
                + "\",\"tradingSymbol\":\"" + symbol + "\",\"name\":\"" + name + "\",\"type\":\"EQUITY\",\"lotSize\":"
                + lot + ",\"tickSize\":" + tick + "}";
    }

    @Override
    public void close() {
        for (OutputStream stream : barStreams) {
            try {
                stream.close();
            } catch (IOException ignored) {
                // the client went first
            }
        }
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
