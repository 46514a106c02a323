package com.algotrading.data.backfill;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Angel One's login and getCandleData, locally: answers every trading minute of the requested (inclusive) range
 * except {@link #MISSING}, and refuses the first candle request of each token with the broker's plain-text 403.
 */
final class FakeCandleApi implements AutoCloseable {

    static final LocalDateTime MISSING = LocalDateTime.of(2025, 1, 15, 11, 0);
    private static final DateTimeFormatter BROKER = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A candle request: when it arrived and the range asked for. */
    record Request(Instant at, String body) {
    }

    final List<Request> candleRequests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final Set<String> refusedTokens = ConcurrentHashMap.newKeySet();

    FakeCandleApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rest/auth/angelbroking/user/v1/loginByPassword", exchange -> reply(exchange, 200,
                "{\"status\":true,\"message\":\"SUCCESS\",\"errorcode\":\"\",\"data\":{\"jwtToken\":\"j\","
                        + "\"refreshToken\":\"r\",\"feedToken\":\"f\"}}"));
        server.createContext("/rest/secure/angelbroking/historical/v1/getCandleData", this::candles);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void candles(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        candleRequests.add(new Request(Instant.now(), body));
        if (refusedTokens.add(field(body, "symboltoken"))) {
            reply(exchange, 403, "Access denied because of exceeding access rate");
            return;
        }
        LocalDateTime from = LocalDateTime.parse(field(body, "fromdate"), BROKER);
        LocalDateTime to = LocalDateTime.parse(field(body, "todate"), BROKER);
        StringBuilder rows = new StringBuilder();
        NseCalendar calendar = NseCalendar.bundled();
        for (LocalDateTime minute = from; !minute.isAfter(to); minute = minute.plusMinutes(1)) {
            if (calendar.isOpen(minute.atZone(IstTime.ZONE).toInstant()) && !minute.equals(MISSING)) {
                rows.append(rows.isEmpty() ? "" : ",").append("[\"")
                        .append(minute).append(":00+05:30\",1500.1,1501.05,1499.95,1500.5000000001,120]");
            }
        }
        reply(exchange, 200, "{\"status\":true,\"message\":\"SUCCESS\",\"errorcode\":\"\",\"data\":[" + rows + "]}");
    }

    private static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
