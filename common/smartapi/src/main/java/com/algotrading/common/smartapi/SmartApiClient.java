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
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    static final String CANDLES_PATH = "/rest/secure/angelbroking/historical/v1/getCandleData";
    private static final DateTimeFormatter BROKER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AngelOneCredentials credentials;
    private final SmartApiHttp http;
    private final SharedSession session;

    /** @param sleeper how the client waits between logins: {@link Sleeper#REAL}, or a test's fake clock */
    public SmartApiClient(URI apiUrl, AngelOneCredentials credentials, ObjectMapper json, Clock clock,
                          Sleeper sleeper) {
        this.credentials = credentials;
        this.http = new SmartApiHttp(apiUrl, credentials, json);
        this.session = new SharedSession(http, credentials, clock, sleeper);
    }

    /** The shared session, for what is not REST (the WebSockets); logs in first when there is none. */
    public SmartApiSession session() {
        return session.current();
    }

    /** A WebSocket handshake refused {@code refused}: the next call logs in again (once, however many report it). */
    public void sessionRefused(SmartApiSession refused) {
        session.forget(refused);
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

    private <T> T authenticated(Function<SmartApiSession, T> call) {
        SmartApiSession current = session.current();
        try {
            return call.apply(current);
        } catch (SmartApiException e) {
            if (!e.isSessionEnded()) {
                throw e;
            }
            return call.apply(session.renew(current, e));
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
