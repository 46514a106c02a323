package com.algotrading.common.smartapi;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.settings.AngelOneCredentials;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Angel One on loopback, built from the reference: login (checking the API key, client code, PIN and a TOTP
 * against its clock), generateTokens, getProfile and getCandleData over HTTP, and the WebSocket 2.0 market-data
 * server ({@link FakeMarketSocket}); orders, books, positions and funds ({@link FakeOrderBook}) with the
 * order-update WebSocket, and a broker that goes down or loses a placeOrder's answer on request. It issues {@code jwt-1}, {@code refresh-1}, {@code feed-1}, then {@code -2}, ...;
 * tests make it refuse tokens, rate-limit a path or hold logins. Refusals use the documented failure shape (status
 * the string {@code "false"}, data {@code "null"}); a rate limit is a plain-text 403. Every request is recorded with
 * the time on the fake's clock.
 */
public final class FakeAngelOne implements AutoCloseable {

    public static final String PROFILE_PATH = "/rest/secure/angelbroking/user/v1/getProfile";
    public static final String LOGIN_PATH = SmartApiClient.LOGIN_PATH;
    public static final String REFRESH_PATH = SmartApiClient.REFRESH_PATH;
    public static final String CANDLES_PATH = SmartApiClient.CANDLES_PATH;
    private static final String SECURE = "/rest/secure/angelbroking";
    public static final String PLACE_PATH = SECURE + "/order/v1/placeOrder";
    public static final String MODIFY_PATH = SECURE + "/order/v1/modifyOrder";
    public static final String CANCEL_PATH = SECURE + "/order/v1/cancelOrder";
    public static final String ORDER_BOOK_PATH = SECURE + "/order/v1/getOrderBook";
    public static final String TRADE_BOOK_PATH = SECURE + "/order/v1/getTradeBook";
    public static final String DETAILS_PATH = SECURE + "/order/v1/details/";
    public static final String POSITIONS_PATH = SECURE + "/order/v1/getPosition";
    public static final String FUNDS_PATH = SECURE + "/user/v1/getRMS";
    /** placeOrder, modifyOrder and cancelOrder: Angel One limits them to 9 a second, combined. */
    public static final java.util.Set<String> ORDER_PATHS = java.util.Set.of(PLACE_PATH, MODIFY_PATH, CANCEL_PATH);
    /** The one trading minute (IST) the candle endpoint never has. */
    public static final LocalDateTime MISSING_MINUTE = LocalDateTime.of(2025, 1, 15, 11, 0);
    private static final DateTimeFormatter BROKER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final JsonMapper JSON = new JsonMapper();
    private static final java.time.Duration LATE_ANSWER = java.time.Duration.ofSeconds(5);
    /** How long the books lag an order whose answer was late or empty. */
    public static final java.time.Duration BOOK_LAG = java.time.Duration.ofSeconds(3);

    /** A REST request as received: header names lower-case. */
    public record Request(String path, Map<String, String> headers, String body, Instant at) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private final AngelOneCredentials accepted;
    private final Clock clock;
    private final HttpServer rest;
    private final FakeMarketSocket socket;
    private final FakeMarketSocket orderUpdates;
    private final FakeOrderBook book;
    private volatile boolean down;
    private final java.util.concurrent.ScheduledExecutorService lagging =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().factory());
    /** What happens to the next placeOrder's answer once the order is in the book. */
    private final java.util.concurrent.atomic.AtomicReference<PlaceAnswer> nextPlaceAnswer =
            new java.util.concurrent.atomic.AtomicReference<>(PlaceAnswer.NORMAL);

    /** How the fake answers a placeOrder it has recorded: normally, after the caller's timeout, or with an empty 200. */
    public enum PlaceAnswer { NORMAL, LATE, EMPTY_BODY }
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Issued JWTs: "" while accepted, else the code they are refused with. */
    private final Map<String, String> jwts = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> rateLimited = new ConcurrentHashMap<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile CountDownLatch loginGate = new CountDownLatch(0);

    public FakeAngelOne(AngelOneCredentials accepted, Clock clock) {
        this.accepted = accepted;
        this.clock = clock;
        try {
            rest = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            socket = new FakeMarketSocket(this::acceptsStream);
            orderUpdates = new FakeMarketSocket(this::acceptsOrderUpdates, "/smart-order-update");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        book = new FakeOrderBook(clock, accepted.clientId(), orderUpdates::broadcastText);
        rest.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        rest.createContext(LOGIN_PATH, exchange -> answer(exchange, this::login));
        rest.createContext(REFRESH_PATH, exchange -> answer(exchange, this::refresh));
        rest.createContext(PROFILE_PATH, exchange -> answer(exchange, this::profile));
        rest.createContext(CANDLES_PATH, exchange -> answer(exchange, this::candles));
        rest.createContext(PLACE_PATH, exchange -> answer(exchange, this::place));
        rest.createContext(MODIFY_PATH, exchange -> answer(exchange, secured(request -> book.modify(request.json()))));
        rest.createContext(CANCEL_PATH, exchange -> answer(exchange, secured(request -> book.cancel(request.json()))));
        rest.createContext(ORDER_BOOK_PATH, exchange -> answer(exchange, secured(request -> book.orderBook())));
        rest.createContext(TRADE_BOOK_PATH, exchange -> answer(exchange, secured(request -> book.tradeBook())));
        rest.createContext(DETAILS_PATH, exchange -> answer(exchange, secured(request -> book.details(
                request.path().substring(DETAILS_PATH.length())))));
        rest.createContext(POSITIONS_PATH, exchange -> answer(exchange, secured(request -> book.positions())));
        rest.createContext(FUNDS_PATH, exchange -> answer(exchange, secured(request -> book.funds())));
        rest.start();
    }

    public URI apiUrl() {
        return URI.create("http://127.0.0.1:" + rest.getAddress().getPort());
    }

    public FakeMarketSocket socket() {
        return socket;
    }

    /** The order-update WebSocket (reference §5): every change in the book is pushed on it. */
    public FakeMarketSocket orderUpdates() {
        return orderUpdates;
    }

    public FakeOrderBook book() {
        return book;
    }

    /** Every order call (place, modify, cancel) received, rate-limited or not, in order. */
    public List<Request> orderCalls() {
        return requests.stream().filter(request -> ORDER_PATHS.contains(request.path())).toList();
    }

    /** The next placeOrder is booked and then answered as {@code answer} says. */
    public void answerNextPlace(PlaceAnswer answer) {
        nextPlaceAnswer.set(answer);
    }

    /**
     * The broker is down: every REST call gets an HTML 503 and the order-update socket drops and refuses connections;
     * {@code false} brings it back.
     */
    public void down(boolean isDown) {
        down = isDown;
        orderUpdates.refuseHandshakes(isDown);
        if (isDown) {
            orderUpdates.dropConnections();
        }
    }

    public List<Request> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    public List<Request> logins() {
        return requests(LOGIN_PATH);
    }

    /** Every JWT issued so far is refused from now on with {@code code} (AG8001 invalid, AG8002 expired, ...). */
    public void refuseTokens(String code) {
        jwts.replaceAll((jwt, state) -> code);
    }

    /** Every refresh token issued so far is refused (AB8051, expired). */
    public void refuseRefreshTokens() {
        refreshTokens.replaceAll((token, valid) -> false);
    }

    /** Requests to {@code path} are answered again, however many rate limits were still to come. */
    public void stopRateLimiting(String path) {
        rateLimited.remove(path);
    }

    /** The next {@code count} requests to {@code path} get the broker's plain-text 403. */
    public void rateLimitNext(String path, int count) {
        rateLimited.computeIfAbsent(path, key -> new AtomicInteger()).addAndGet(count);
    }

    /** Logins wait, unanswered, until {@link #releaseLogins()}. */
    public void holdLogins() {
        loginGate = new CountDownLatch(1);
    }

    public void releaseLogins() {
        loginGate.countDown();
    }

    private record Answer(int status, String body) {
    }

    private interface Endpoint {
        Answer handle(Request request) throws InterruptedException;
    }

    private void answer(HttpExchange exchange, Endpoint endpoint) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                values.getFirst()));
        Request request = new Request(exchange.getRequestURI().getPath(), headers,
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), clock.instant());
        requests.add(request);
        AtomicInteger limited = rateLimited.get(request.path());
        Answer answer;
        try {
            answer = down ? new Answer(503, "<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>")
                    : limited != null && limited.getAndUpdate(left -> Math.max(0, left - 1)) > 0
                    ? new Answer(403, "Access denied because of exceeding access rate") : endpoint.handle(request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer = new Answer(503, "shutting down");
        }
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private interface Secured {
        JsonNode handle(Request request);
    }

    /** An endpoint behind the session token, answering the envelope around what it returns (null: data null). */
    private Endpoint secured(Secured endpoint) {
        return request -> {
            String refusal = tokenRefusal(request);
            if (refusal != null) {
                return refused(refusal, "Invalid Token");
            }
            try {
                JsonNode data = endpoint.handle(request);
                return success(data == null ? "null" : JSON.writeValueAsString(data));
            } catch (FakeOrderBook.Refusal e) {
                return refused(e.code, e.getMessage());
            }
        };
    }

    /**
     * The order is booked whatever happens to the answer: a lost answer is the case the client must survive. An answer
     * that is late or empty comes with books that lag too (the order shows, and its update is pushed, only after
     * {@link #BOOK_LAG}), so the client sees the ambiguity before the books settle it.
     */
    private Answer place(Request request) throws InterruptedException {
        PlaceAnswer how = nextPlaceAnswer.getAndSet(PlaceAnswer.NORMAL);
        java.util.concurrent.atomic.AtomicReference<String> orderId = new java.util.concurrent.atomic.AtomicReference<>();
        Answer answer = secured(booked -> {
            JsonNode data = book.place(booked.json(), how == PlaceAnswer.NORMAL);
            orderId.set(data.path("orderid").asString());
            return data;
        }).handle(request);
        if (how == PlaceAnswer.NORMAL || orderId.get() == null) {
            return answer;
        }
        FakeOrderBook.Order placed = book.orders().stream().filter(order -> order.orderId().equals(orderId.get()))
                .findFirst().orElseThrow();
        lagging.schedule(() -> book.list(placed), BOOK_LAG.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        if (how == PlaceAnswer.EMPTY_BODY) {
            return new Answer(200, "");
        }
        // longer than any client timeout a test sets; the client gives up first
        new CountDownLatch(1).await(LATE_ANSWER.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        return answer;
    }

    private Answer login(Request request) throws InterruptedException {
        loginGate.await();
        JsonNode body = request.json();
        if (!accepted.apiKey().value().equals(request.headers().get("x-privatekey"))) {
            return refused("AG8004", "Invalid API Key");
        }
        if (!accepted.clientId().equals(body.path("clientcode").asString())
                || !accepted.password().value().equals(body.path("password").asString())) {
            return refused("AB1000", "Invalid clientcode or password");
        }
        if (!totpValid(body.path("totp").asString())) {
            return refused("AB1007", "Invalid totp");
        }
        return tokens();
    }

    private Answer refresh(Request request) {
        String refreshToken = request.json().path("refreshToken").asString();
        if (!jwts.containsKey(bearer(request)) || !refreshTokens.containsKey(refreshToken)) {
            return refused("AB8050", "Invalid Refresh Token");
        }
        return refreshTokens.get(refreshToken) ? tokens() : refused("AB8051", "Refresh Token Expired");
    }

    private Answer profile(Request request) {
        String refusal = tokenRefusal(request);
        return refusal != null ? refused(refusal, "Invalid Token") : success("{\"clientcode\":\""
                + accepted.clientId() + "\",\"name\":\"TEST CLIENT\",\"exchanges\":[\"NSE\",\"BSE\",\"NFO\"]}");
    }

    /** Every trading minute of the requested (inclusive) range but {@link #MISSING_MINUTE}, at fixed prices. */
    private Answer candles(Request request) {
        String refusal = tokenRefusal(request);
        if (refusal != null) {
            return refused(refusal, "Invalid Token");
        }
        JsonNode body = request.json();
        LocalDateTime from = LocalDateTime.parse(body.path("fromdate").asString(), BROKER_TIME);
        LocalDateTime to = LocalDateTime.parse(body.path("todate").asString(), BROKER_TIME);
        NseCalendar calendar = NseCalendar.bundled();
        StringBuilder rows = new StringBuilder();
        for (LocalDateTime minute = from; !minute.isAfter(to); minute = minute.plusMinutes(1)) {
            if (calendar.isOpen(minute.atZone(IstTime.ZONE).toInstant()) && !minute.equals(MISSING_MINUTE)) {
                rows.append(rows.isEmpty() ? "" : ",").append("[\"").append(minute)
                        .append(":00+05:30\",1500.1,1501.05,1499.95,1500.5000000001,120]");
            }
        }
        return success("[" + rows + "]");
    }

    private Answer tokens() {
        int n = issued.incrementAndGet();
        jwts.put("jwt-" + n, "");
        refreshTokens.put("refresh-" + n, true);
        return success("{\"jwtToken\":\"jwt-" + n + "\",\"refreshToken\":\"refresh-" + n + "\",\"feedToken\":\"feed-"
                + n + "\",\"state\":null}");
    }

    /** Null when the request's JWT is accepted, else the broker's code for it. */
    private String tokenRefusal(Request request) {
        String jwt = bearer(request);
        if (jwt == null) {
            return "AG8003";
        }
        String state = jwts.get(jwt);
        return state == null ? "AG8001" : state.isEmpty() ? null : state;
    }

    /** The market-data socket admits a current JWT (with or without "Bearer ") and the feed token issued with it. */
    private boolean acceptsStream(Map<String, String> handshake) {
        String authorization = handshake.getOrDefault("authorization", "");
        String jwt = authorization.startsWith("Bearer ") ? authorization.substring(7) : authorization;
        return "".equals(jwts.get(jwt)) && accepted.apiKey().value().equals(handshake.get("x-api-key"))
                && accepted.clientId().equals(handshake.get("x-client-code"))
                && jwt.replace("jwt-", "feed-").equals(handshake.get("x-feed-token"));
    }

    /** The order-update socket admits {@code Authorization: Bearer <a current JWT>}. */
    private boolean acceptsOrderUpdates(Map<String, String> handshake) {
        String authorization = handshake.getOrDefault("authorization", "");
        return authorization.startsWith("Bearer ") && "".equals(jwts.get(authorization.substring(7)));
    }

    private static String bearer(Request request) {
        String authorization = request.headers().get("authorization");
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    private boolean totpValid(String code) {
        DefaultCodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(),
                () -> clock.instant().getEpochSecond());
        verifier.setAllowedTimePeriodDiscrepancy(1);
        return verifier.isValidCode(accepted.totpSecret().value(), code);
    }

    private static Answer success(String data) {
        return new Answer(200, "{\"status\":true,\"message\":\"SUCCESS\",\"errorcode\":\"\",\"data\":" + data + "}");
    }

    private static Answer refused(String code, String message) {
        return new Answer(200, "{\"status\":\"false\",\"message\":\"" + message + "\",\"errorcode\":\"" + code
                + "\",\"data\":\"null\"}");
    }

    @Override
    public void close() {
        loginGate.countDown();
        lagging.shutdownNow();
        rest.stop(0);
        socket.close();
        orderUpdates.close();
    }
}
