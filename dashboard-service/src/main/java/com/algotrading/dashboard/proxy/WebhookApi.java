package com.algotrading.dashboard.proxy;

import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.common.service.web.StandardProblem;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /api/v1/webhooks/{deploymentId}}, the one trading path open without a login or a key: TradingView cannot
 * send either, so the alert's body carries the deployment's secret, which the trading-service checks (it keeps the
 * secrets, and answers a wrong one 401). Here each deployment's alerts are only rate-limited, so a flood at one id
 * reaches neither the trading-service nor its database.
 */
@RestController
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookApi {

    private static final Duration PERIOD = Duration.ofSeconds(1);
    // Ids are short; a flood of made-up ones must not grow the limiters without bound.
    private static final int MAX_LIMITERS = 10_000;
    // TradingView's alert messages are short; anything this big is not one
    private static final int MAX_ALERT = 4_096;

    private final Forwarder forwarder;
    private final ObjectMapper json;
    private final Upstream trading;
    private final RateLimiterConfig limit;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    WebhookApi(Forwarder forwarder, Upstreams upstreams, WebhookProperties settings, ObjectMapper json) {
        this.forwarder = forwarder;
        this.json = json;
        this.trading = upstreams.trading();
        this.limit = RateLimiterConfig.custom().limitForPeriod(settings.alertsPerSecond()).limitRefreshPeriod(PERIOD)
                .timeoutDuration(Duration.ZERO).build();
    }

    @Operation(summary = "A TradingView-style alert to a webhook deployment",
            description = "Body {secret, action: BUY | SELL | EXIT, symbol?, quantity?, price?}; no key, session or CSRF"
                    + " token: the secret authenticates it. 201 order, 200 duplicate or nothing to exit, 422 risk denial,"
                    + " 401 wrong secret, 409 stopped deployment, 429 over the deployment's alerts a second.")
    @SecurityRequirements
    @PostMapping("/api/v1/webhooks/{deploymentId}")
    void alert(@PathVariable String deploymentId, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (limiters.size() > MAX_LIMITERS) {
            limiters.clear();
        }
        if (!limiters.computeIfAbsent(deploymentId, id -> RateLimiter.of("webhook:" + id, limit)).acquirePermission()) {
            ApiProblem limited = new ApiProblem(StandardProblem.RATE_LIMITED, "more than " + limit.getLimitForPeriod()
                    + " alerts a second for deployment " + deploymentId);
            limited.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(PERIOD.toSeconds()));
            throw limited;
        }
        forwarder.forward(trading, new ReadBody(request, alertBody(request)), response);
    }

    /**
     * The alert as JSON with its secret, read here so that junk is refused at the edge (and says why) even when the
     * trading-service is down; what the fields mean is the trading-service's to check.
     */
    private byte[] alertBody(HttpServletRequest request) throws IOException {
        if (!json(request.getContentType())) {
            throw new ApiProblem(StandardProblem.UNSUPPORTED_MEDIA_TYPE, "an alert is JSON (Content-Type:"
                    + " application/json; TradingView sends it so when the alert's message is valid JSON)");
        }
        byte[] body = request.getInputStream().readNBytes(MAX_ALERT + 1);
        if (body.length > MAX_ALERT) {
            throw new ApiProblem(StandardProblem.INVALID_REQUEST, "an alert is at most " + MAX_ALERT + " bytes");
        }
        JsonNode alert;
        try {
            alert = json.readTree(body);
        } catch (JacksonException e) {
            throw new ApiProblem(StandardProblem.INVALID_REQUEST, "the alert is not JSON: " + e.getOriginalMessage());
        }
        if (alert == null || !alert.isObject() || !alert.path("secret").isString()) {
            throw new ApiProblem(StandardProblem.UNAUTHORIZED, "the alert carries no \"secret\"");
        }
        return body;
    }

    private static boolean json(String contentType) {
        try {
            return contentType != null && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The request with its body already read, for the forwarder to read again. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }
            };
        }
    }
}
