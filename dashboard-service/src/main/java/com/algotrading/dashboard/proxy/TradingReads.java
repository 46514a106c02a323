package com.algotrading.dashboard.proxy;

import com.algotrading.common.settings.PlatformSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads of the trading API for the pages the dashboard renders itself: the same GET a browser would send through the
 * public API, as the same caller (the service token and {@code X-Actor}), through the same circuit breaker, with a
 * short timeout so a slow trading-service never holds a page up. What did not come is said, never thrown.
 */
@Component
public class TradingReads {

    /** A read's outcome: the answer's JSON, or why there is none (the service down, or its problem's title). */
    public record Reading(Optional<JsonNode> body, String failure) {

        public boolean ok() {
            return body.isPresent();
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Upstream trading;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String bearer;

    TradingReads(Upstreams upstreams, PlatformSettings platform) {
        this.trading = upstreams.trading();
        this.bearer = "Bearer " + platform.serviceToken().value();
    }

    /** {@code GET path} (e.g. {@code /api/v1/pnl}) of the trading-service on behalf of the caller. */
    public Reading get(String path, Authentication caller) {
        if (!trading.breaker().tryAcquirePermission()) {
            return failed(trading.name() + " is unavailable (it failed repeatedly, so calls are paused for a while)");
        }
        HttpRequest call = HttpRequest.newBuilder(URI.create(trading.origin() + path)).timeout(TIMEOUT).GET()
                .header(HttpHeaders.AUTHORIZATION, bearer).header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .header(Forwarder.ACTOR, Forwarder.actor(caller)).build();
        long started = System.nanoTime();
        try {
            HttpResponse<String> answer = http.send(call, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - started;
            if (answer.statusCode() >= 500) {
                trading.breaker().onError(took, TimeUnit.NANOSECONDS, new IOException("answered " + answer.statusCode()));
            } else {
                trading.breaker().onSuccess(took, TimeUnit.NANOSECONDS);
            }
            JsonNode body = JSON.readTree(answer.body());
            if (answer.statusCode() >= 300) {
                return failed(trading.name() + " answered " + answer.statusCode() + ": "
                        + body.path("detail").asString(body.path("title").asString("no detail")));
            }
            return new Reading(Optional.of(body), "");
        } catch (IOException e) {
            trading.breaker().onError(System.nanoTime() - started, TimeUnit.NANOSECONDS, e);
            return failed(trading.name() + " is unavailable (it did not answer in time or refused the connection)");
        } catch (JacksonException e) {
            return failed(trading.name() + " answered something other than JSON");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(trading.name() + " is unavailable (the call was interrupted)");
        }
    }

    private static Reading failed(String why) {
        return new Reading(Optional.empty(), why);
    }
}
