package com.algotrading.dashboard.proxy;

import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.common.service.web.StandardProblem;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

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

    private final Forwarder forwarder;
    private final Upstream trading;
    private final RateLimiterConfig limit;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    WebhookApi(Forwarder forwarder, Upstreams upstreams, WebhookProperties settings) {
        this.forwarder = forwarder;
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
        forwarder.forward(trading, request, response);
    }
}
