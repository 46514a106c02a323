package com.algotrading.common.smartapi;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.Interval;
import com.algotrading.common.settings.AngelOneCredentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Angel One SmartAPI REST for one client code, with one session shared by every caller and thread:
 * <ul>
 *   <li>it logs in (client code, PIN and a TOTP from the injected clock) on first use; callers that arrive during
 *       a login wait for it and share its outcome;</li>
 *   <li>the session ends at midnight IST, and the first call after that logs in again;</li>
 *   <li>a call refused for its token ({@code AG8001} invalid, {@code AG8003} missing, {@code AB1010}/{@code AB1011}
 *       session ended) logs in again and is retried once; an expired token ({@code AG8002}) is first renewed with
 *       the refresh token ({@code generateTokens}), and by a login only when the broker refuses that;</li>
 *   <li>logins and refreshes are paced at one a second, the broker's limit for each.</li>
 * </ul>
 * A refusal is a {@link SmartApiException} carrying the broker's code; a plain-text HTTP 403 is a rate limit
 * ({@link SmartApiException#isRateLimit()}). No answer at all is an {@link java.io.UncheckedIOException}. Keeping
 * each endpoint's own rate limit is the caller's part ({@link Pace}).
 */
public final class SmartApiClient implements AutoCloseable {

    static final String LOGIN_PATH = "/rest/auth/angelbroking/user/v1/loginByPassword";
    static final String REFRESH_PATH = "/rest/auth/angelbroking/jwt/v1/generateTokens";
    /** The profile: {@code data.clientcode} is the account the session belongs to. */
    public static final String PROFILE_PATH = "/rest/secure/angelbroking/user/v1/getProfile";
    /** The longest one call may take unless the caller says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration WEBSOCKET_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final String CANDLES_PATH = "/rest/secure/angelbroking/historical/v1/getCandleData";
    private static final DateTimeFormatter BROKER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AngelOneCredentials credentials;
    private final SmartApiHttp http;
    private final SharedSession session;

    /** @param sleeper how the client waits between logins: {@link Sleeper#REAL}, or a test's fake clock */
    public SmartApiClient(URI apiUrl, AngelOneCredentials credentials, ObjectMapper json, Clock clock,
                          Sleeper sleeper) {
        this(apiUrl, credentials, json, clock, sleeper, DEFAULT_TIMEOUT);
    }

    /**
     * @param timeout the longest one call may take; past it the call ends with an {@link java.io.UncheckedIOException}
     *                (no answer: for an order, the broker may or may not have it)
     */
    public SmartApiClient(URI apiUrl, AngelOneCredentials credentials, ObjectMapper json, Clock clock,
                          Sleeper sleeper, Duration timeout) {
        this(apiUrl, credentials, json, clock, sleeper, timeout, CallHeaders.NONE);
    }

    /** @param context headers of the caller's context on every REST call: a service's trace ({@code traceparent}) */
    public SmartApiClient(URI apiUrl, AngelOneCredentials credentials, ObjectMapper json, Clock clock,
                          Sleeper sleeper, Duration timeout, CallHeaders context) {
        this.credentials = credentials;
        this.http = new SmartApiHttp(apiUrl, credentials, json, timeout, context);
        this.session = new SharedSession(http, credentials, clock, sleeper);
    }

    /** The client code these credentials log in as ({@code ANGEL_ONE_CLIENT_ID}). */
    public String clientCode() {
        return credentials.clientId();
    }

    /** The broker's clock, from the {@code Date} header of a profile request (whole seconds). */
    public Instant brokerTime() {
        return authenticated(current -> http.serverTime(PROFILE_PATH, current));
    }

    /** Whether the client is logged in now, with a session that has not ended; asking logs nobody in. */
    public boolean loggedIn() {
        return session.held();
    }

    /** The shared session, for what is not REST (the WebSockets); logs in first when there is none. */
    public SmartApiSession session() {
        return session.current();
    }

    /** A WebSocket handshake refused {@code refused}: the next call logs in again (once, however many report it). */
    public void sessionRefused(SmartApiSession refused) {
        session.forget(refused);
    }

    /**
     * Opens one of Angel One's WebSockets (market data, order updates) with the session's handshake headers, logging in
     * first when there is no session. When the broker refuses the handshake's tokens (HTTP 401 for a bad one, 403 for
     * an expired one) the next call logs in again; the failure is thrown either way.
     */
    public WebSocket openWebSocket(HttpClient http, URI url, WebSocket.Listener listener) {
        SmartApiSession current = session();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(WEBSOCKET_CONNECT_TIMEOUT);
        webSocketHeaders(current).forEach(builder::header);
        try {
            return builder.buildAsync(url, listener).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused
                    && (refused.getResponse().statusCode() == 401 || refused.getResponse().statusCode() == 403)) {
                sessionRefused(current);
            }
            throw e;
        }
    }

    /** The handshake headers of Angel One's WebSockets (market data and order updates) for a session. */
    public Map<String, String> webSocketHeaders(SmartApiSession current) {
        return Map.of("Authorization", "Bearer " + current.jwtToken(), "x-api-key", credentials.apiKey().value(),
                "x-client-code", credentials.clientId(), "x-feed-token", current.feedToken());
    }

    /** An authenticated GET of a SmartAPI path; returns the answer's {@code data} (a null node when empty). */
    public JsonNode get(String path) {
        return authenticated(current -> http.get(path, current));
    }

    /** An authenticated POST of {@code body} as JSON; returns the answer's {@code data}. */
    public JsonNode post(String path, Object body) {
        return authenticated(current -> http.post(path, current, body));
    }

    /**
     * Historical candles in [from, to] (the broker's range is inclusive, minute precision, IST), oldest first.
     * The caller keeps within the per-interval maximum days and the 3 requests/s limit.
     */
    public List<Bar> candles(Exchange exchange, InstrumentToken token, Interval interval, LocalDateTime from,
                             LocalDateTime to) {
        JsonNode data = post(CANDLES_PATH, Map.of("exchange", exchange.name(), "symboltoken", token.value(),
                "interval", interval.angelOneName(), "fromdate", BROKER_TIME.format(from),
                "todate", BROKER_TIME.format(to)));
        List<Bar> bars = new ArrayList<>();
        for (JsonNode row : data) {
            bars.add(new Bar(OffsetDateTime.parse(row.get(0).asString()).toInstant(), paise(row.get(1)),
                    paise(row.get(2)), paise(row.get(3)), paise(row.get(4)), row.get(5).asLong()));
        }
        return bars;
    }

    /**
     * The call with the shared session, once more with a new one when the broker refuses the token. A login that goes
     * unanswered is a {@link NoSessionException}: the call itself was not made.
     */
    private <T> T authenticated(Function<SmartApiSession, T> call) {
        SmartApiSession current = withSession(session::current);
        try {
            return call.apply(current);
        } catch (SmartApiException e) {
            if (!e.isSessionEnded()) {
                throw e;
            }
            return call.apply(withSession(() -> session.renew(current, e)));
        }
    }

    private static SmartApiSession withSession(java.util.function.Supplier<SmartApiSession> login) {
        try {
            return login.get();
        } catch (java.io.UncheckedIOException unanswered) {
            throw new NoSessionException(unanswered);
        }
    }

    /** REST prices are rupees as JSON numbers, sometimes with float noise: rounded to the paisa. */
    private static long paise(JsonNode rupees) {
        return new BigDecimal(rupees.asString()).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    @Override
    public void close() {
        http.close();
    }
}
