package com.algotrading.trading.broker.angelone;

import com.algotrading.common.smartapi.SmartApiClient;
import com.algotrading.trading.broker.BrokerOrderState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Order updates as they happen: Angel One's order-update WebSocket (reference §5), with {@code ping} every ping
 * interval, replaced when it closes, fails or stays silent for three intervals, after an exponential back-off. While
 * it is down the order book is polled instead, once a second (the book's limit). Socket and poll pass each state on
 * only when it differs from the last one passed on for that order, so an update seen on both is delivered once.
 */
final class OrderUpdates implements WebSocket.Listener {

    private static final Logger log = LoggerFactory.getLogger(OrderUpdates.class);
    private static final Duration POLL_EVERY = Duration.ofSeconds(1);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final SmartApiClient api;
    private final URI url;
    private final Duration pingInterval;
    private final ObjectMapper json;
    private final Clock clock;
    private final Function<JsonNode, BrokerOrderState> toState;
    private final Supplier<List<BrokerOrderState>> book;
    private final Consumer<BrokerOrderState> sink;
    private final Map<String, BrokerOrderState> delivered = new ConcurrentHashMap<>();
    private final StringBuilder text = new StringBuilder();
    private HttpClient http;
    private ScheduledExecutorService timer;
    private volatile WebSocket socket;
    private volatile Instant lastMessage = Instant.EPOCH;
    private int failures;
    private boolean reconnecting;

    OrderUpdates(SmartApiClient api, URI url, Duration pingInterval, ObjectMapper json, Clock clock,
                 Function<JsonNode, BrokerOrderState> toState, Supplier<List<BrokerOrderState>> book,
                 Consumer<BrokerOrderState> sink) {
        this.api = api;
        this.url = url;
        this.pingInterval = pingInterval;
        this.json = json;
        this.clock = clock;
        this.toState = toState;
        this.book = book;
        this.sink = sink;
    }

    synchronized void start() {
        http = HttpClient.newHttpClient();
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("angelone-order-updates")
                .daemon().factory());
        timer.execute(this::connect);
        timer.scheduleWithFixedDelay(this::pingOrReplace, pingInterval.toMillis(), pingInterval.toMillis(),
                TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::pollWhileDown, POLL_EVERY.toMillis(), POLL_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            abort();
            http.shutdownNow();
            timer = null;
        }
    }

    boolean connected() {
        return socket != null;
    }

    /** A state from anywhere (socket, poll, a caller's look-up) goes on to the order manager if it is news. */
    void deliver(BrokerOrderState state) {
        BrokerOrderState before = delivered.put(state.brokerOrderId(), state);
        if (!same(before, state)) {
            sink.accept(state);
        }
    }

    private static boolean same(BrokerOrderState before, BrokerOrderState after) {
        return before != null && before.status() == after.status() && before.fills().equals(after.fills())
                && before.reason().equals(after.reason());
    }

    private void connect() {
        reconnecting = false;
        try {
            socket = api.openWebSocket(http, url, this);
            lastMessage = clock.instant();
            failures = 0;
            log.info("Angel One order updates connected");
        } catch (RuntimeException e) {
            log.warn("Angel One order-update socket failed to connect ({}); polling the order book meanwhile",
                    e.getMessage());
            scheduleReconnect();
        }
    }

    private void pingOrReplace() {
        WebSocket current = socket;
        if (current == null || reconnecting) {
            return;
        }
        if (Duration.between(lastMessage, clock.instant()).compareTo(pingInterval.multipliedBy(3)) > 0) {
            log.warn("Angel One order-update socket silent since {}; reconnecting", lastMessage);
            abort();
            scheduleReconnect();
            return;
        }
        current.sendText("ping", true);
    }

    private void pollWhileDown() {
        if (socket != null) {
            return;
        }
        try {
            book.get().forEach(this::deliver);
        } catch (RuntimeException e) {
            log.warn("Polling the Angel One order book failed: {}", e.getMessage());
        }
    }

    private void abort() {
        WebSocket current = socket;
        socket = null;
        if (current != null) {
            current.abort();
        }
    }

    private void scheduleReconnect() {
        if (reconnecting || timer == null || timer.isShutdown()) {
            return;
        }
        reconnecting = true;
        long backoff = Math.min(MAX_BACKOFF.toMillis(), FIRST_BACKOFF.toMillis() << Math.min(failures++, 16));
        timer.schedule(this::connect, backoff, TimeUnit.MILLISECONDS);
    }

    private void lost(String why) {
        log.warn("Angel One order-update socket {}; polling the order book until it is back", why);
        ScheduledExecutorService current = timer;
        if (current != null && !current.isShutdown()) {
            current.execute(() -> {
                socket = null;
                scheduleReconnect();
            });
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        lastMessage = clock.instant();
        text.append(data);
        if (last) {
            String message = text.toString();
            text.setLength(0);
            if (!message.equals("pong")) {
                received(message);
            }
        }
        webSocket.request(1);
        return null;
    }

    /** {@code AB00} (connected) has empty {@code orderData}; every other message carries an order-book row. */
    private void received(String message) {
        try {
            JsonNode row = json.readTree(message).path("orderData");
            if (row.isObject() && !row.path("orderid").asString("").isEmpty()) {
                deliver(toState.apply(row));
            }
        } catch (RuntimeException e) {
            log.warn("Ignored an order update that could not be read ({}): {}", e.getMessage(), message);
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        lost("closed (" + statusCode + " " + reason + ")");
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        lost("failed (" + error + ")");
    }
}
