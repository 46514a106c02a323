package com.algotrading.data.feed.angelone;

import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.market.Tick;
import com.algotrading.common.smartapi.SmartApiClient;
import com.algotrading.data.feed.MarketFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.ObjectMapper;

import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The WebSocket 2.0 market-data feed. Instruments are spread over connections of at most 1000 subscriptions
 * (Angel One's per-connection limit; at most 3 connections per client code). Each connection sends {@code ping}
 * every ping interval; a connection that receives nothing (not even {@code pong}) for the silence period during
 * market hours, or that closes or fails, is replaced after an exponential backoff and subscribes again. The
 * session is the shared client's: a refused handshake makes it log in again, once for all connections.
 */
public final class AngelOneFeed implements MarketFeed {

    static final int MAX_SUBSCRIPTIONS_PER_CONNECTION = 1000;
    static final int MAX_CONNECTIONS = 3;
    private static final Logger log = LoggerFactory.getLogger(AngelOneFeed.class);

    private final List<Instrument> instruments;
    private final SmartApiClient api;
    private final AngelOneProperties properties;
    private final ObjectMapper json;
    private final Clock clock;
    private final NseCalendar calendar;
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Connection> connections = new ArrayList<>();
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("angel-one-feed").daemon().factory());

    public AngelOneFeed(List<Instrument> instruments, SmartApiClient api, AngelOneProperties properties,
                        ObjectMapper json, Clock clock, NseCalendar calendar) {
        if (instruments.size() > MAX_SUBSCRIPTIONS_PER_CONNECTION * MAX_CONNECTIONS) {
            throw new IllegalArgumentException("Angel One streams at most " + MAX_SUBSCRIPTIONS_PER_CONNECTION
                    * MAX_CONNECTIONS + " instruments per client code, asked for " + instruments.size());
        }
        this.instruments = List.copyOf(instruments);
        this.api = api;
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Override
    public List<Instrument> instruments() {
        return instruments;
    }

    @Override
    public void start(Consumer<Tick> sink) {
        for (int from = 0; from < instruments.size(); from += MAX_SUBSCRIPTIONS_PER_CONNECTION) {
            List<Instrument> part = instruments.subList(from,
                    Math.min(instruments.size(), from + MAX_SUBSCRIPTIONS_PER_CONNECTION));
            connections.add(new Connection(part, sink));
        }
        connections.forEach(connection -> timer.execute(connection::connect));
        long ping = properties.pingInterval().toMillis();
        timer.scheduleAtFixedRate(this::pingAndWatch, ping, ping, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        timer.shutdownNow();
        connections.forEach(Connection::abort);
        http.shutdownNow();
    }

    private void pingAndWatch() {
        Instant now = clock.instant();
        for (Connection connection : connections) {
            connection.pingOrReplaceIfSilent(now);
        }
    }

    /** The WebSocket 2.0 subscribe request (action 1), tokens grouped by exchange type. */
    record SubscribeRequest(String correlationID, int action, Params params) {
        record Params(int mode, List<TokenList> tokenList) {
        }

        record TokenList(int exchangeType, List<String> tokens) {
        }
    }

    String subscribeRequest(List<Instrument> part) {
        Map<Integer, List<String>> byExchange = new LinkedHashMap<>();
        part.forEach(instrument -> byExchange.computeIfAbsent(instrument.exchange().feedCode(), code -> new ArrayList<>())
                .add(instrument.token().value()));
        List<SubscribeRequest.TokenList> tokenList = byExchange.entrySet().stream()
                .map(entry -> new SubscribeRequest.TokenList(entry.getKey(), entry.getValue())).toList();
        return json.writeValueAsString(new SubscribeRequest("subscribe", 1,
                new SubscribeRequest.Params(properties.mode(), tokenList)));
    }

    /** One socket and its subscriptions; all state changes run on the feed's timer thread or the socket's. */
    private final class Connection implements WebSocket.Listener {

        private final List<Instrument> part;
        private final Consumer<Tick> sink;
        private final ByteBuffer frame = ByteBuffer.allocate(64 * 1024);
        private final StringBuilder text = new StringBuilder();
        private volatile WebSocket socket;
        private volatile Instant lastMessage = Instant.EPOCH;
        private int failures;
        private boolean reconnecting;

        Connection(List<Instrument> part, Consumer<Tick> sink) {
            this.part = part;
            this.sink = sink;
        }

        void connect() {
            reconnecting = false;
            try {
                socket = api.openWebSocket(http, properties.wsUrl(), this);
                lastMessage = clock.instant();
                socket.sendText(subscribeRequest(part), true).join();
                failures = 0;
                log.info("Angel One feed connected, {} instruments subscribed", part.size());
            } catch (RuntimeException e) {
                log.warn("Angel One feed connection failed: {}", e.getMessage());
                scheduleReconnect();
            }
        }

        void pingOrReplaceIfSilent(Instant now) {
            WebSocket current = socket;
            if (current == null || reconnecting) {
                return;
            }
            if (calendar.isOpen(now) && Duration.between(lastMessage, now).compareTo(properties.silence()) > 0) {
                log.warn("Angel One feed silent since {}; reconnecting", lastMessage);
                abort();
                scheduleReconnect();
                return;
            }
            current.sendText("ping", true);
        }

        void abort() {
            WebSocket current = socket;
            socket = null;
            if (current != null) {
                current.abort();
            }
        }

        private void scheduleReconnect() {
            if (reconnecting || timer.isShutdown()) {
                return;
            }
            reconnecting = true;
            long backoff = Math.min(properties.maxBackoff().toMillis(), 1000L << Math.min(failures++, 16));
            timer.schedule(this::connect, backoff, TimeUnit.MILLISECONDS);
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            lastMessage = clock.instant();
            if (data.remaining() <= frame.remaining()) {
                frame.put(data);
            }
            if (last) {
                frame.flip();
                Tick tick = TickPackets.parse(frame);
                frame.clear();
                if (tick != null) {
                    sink.accept(tick);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            lastMessage = clock.instant();
            text.append(data);
            if (last) {
                if (!"pong".contentEquals(text)) {
                    log.warn("Angel One feed says: {}", text);
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            log.warn("Angel One feed closed ({} {}); reconnecting", statusCode, reason);
            timer.execute(() -> {
                socket = null;
                scheduleReconnect();
            });
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            log.warn("Angel One feed failed: {}; reconnecting", error.toString());
            timer.execute(() -> {
                socket = null;
                scheduleReconnect();
            });
        }
    }
}
