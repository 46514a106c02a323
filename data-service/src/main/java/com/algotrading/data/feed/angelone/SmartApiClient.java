package com.algotrading.data.feed.angelone;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.Interval;
import com.algotrading.common.settings.AngelOneCredentials;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SmartAPI REST: login by client code, PIN and a TOTP generated from the secret, and historical candles, with the
 * headers every call needs. Failures become {@link AngelOneException}s carrying the broker's code; a plain-text 403 is a rate limit.
 */
public final class SmartApiClient {

    static final String LOGIN_PATH = "/rest/auth/angelbroking/user/v1/loginByPassword";
    static final String CANDLES_PATH = "/rest/secure/angelbroking/historical/v1/getCandleData";
    private static final DateTimeFormatter BROKER_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final int TOTP_STEP_SECONDS = 30;

    /** What a login yields: the JWT for REST and the WebSocket, and the feed token for the WebSocket. */
    public record Session(String jwtToken, String feedToken) {
        @Override
        public String toString() {
            return "Session[******]";
        }
    }

    private final URI apiUrl;
    private final AngelOneCredentials credentials;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public SmartApiClient(URI apiUrl, AngelOneCredentials credentials, ObjectMapper json, Clock clock) {
        this.apiUrl = apiUrl;
        this.credentials = credentials;
        this.json = json;
        this.clock = clock;
    }

    public Session login() {
        JsonNode data = post(LOGIN_PATH, null, Map.of("clientcode", credentials.clientId(),
                "password", credentials.password().value(), "totp", totp()));
        return new Session(data.path("jwtToken").asString(), data.path("feedToken").asString());
    }

    /**
     * Historical candles in [from, to] (the broker's range is inclusive, minute precision, IST), oldest first.
     * The caller keeps within the per-interval maximum days and the 3 requests/s limit.
     */
    public List<Bar> candles(Session session, Exchange exchange, InstrumentToken token, Interval interval,
                             LocalDateTime from, LocalDateTime to) {
        JsonNode data = post(CANDLES_PATH, session, Map.of("exchange", exchange.name(), "symboltoken", token.value(),
                "interval", interval.angelOneName(), "fromdate", BROKER_TIME.format(from),
                "todate", BROKER_TIME.format(to)));
        List<Bar> bars = new ArrayList<>();
        for (JsonNode row : data) {
            bars.add(new Bar(OffsetDateTime.parse(row.get(0).asString()).toInstant(), paise(row.get(1)),
                    paise(row.get(2)), paise(row.get(3)), paise(row.get(4)), row.get(5).asLong()));
        }
        return bars;
    }

    /** REST prices are rupees as JSON numbers, sometimes with float noise: rounded to the paisa. */
    private static long paise(JsonNode rupees) {
        return new BigDecimal(rupees.asString()).movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The current RFC 6238 code: HMAC-SHA1, 6 digits, 30 s step, from the injected clock. */
    String totp() {
        try {
            return new DefaultCodeGenerator().generate(credentials.totpSecret().value(),
                    Math.floorDiv(clock.instant().getEpochSecond(), TOTP_STEP_SECONDS));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot generate a TOTP from ANGEL_ONE_TOTP_SECRET", e);
        }
    }

    private JsonNode post(String path, Session session, Map<String, String> body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(apiUrl.resolve(path));
        if (session != null) {
            builder.header("Authorization", "Bearer " + session.jwtToken());
        }
        HttpRequest request = builder.timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-UserType", "USER").header("X-SourceID", "WEB")
                .header("X-ClientLocalIP", "127.0.0.1").header("X-ClientPublicIP", "127.0.0.1")
                .header("X-MACAddress", "00:00:00:00:00:00").header("X-PrivateKey", credentials.apiKey().value())
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))).build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() == 403 && !response.body().strip().startsWith("{")) {
            throw AngelOneException.rateLimited(response.body());
        }
        JsonNode envelope = json.readTree(response.body());
        if (!envelope.path("status").asBoolean(false) && !"true".equals(envelope.path("status").asString(""))) {
            throw new AngelOneException(envelope.path("errorcode").asString("HTTP" + response.statusCode()),
                    envelope.path("message").asString(""));
        }
        return envelope.path("data");
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Angel One at " + apiUrl + " is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling Angel One", e);
        }
    }
}
