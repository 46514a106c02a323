package com.algotrading.dashboard.apikeys;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Two resilience4j rate limiters per key, one for orders and one for everything else, so a program polling
 * positions never eats into its order budget. A limiter never waits: a call over the limit is refused at once.
 */
@Component
@EnableConfigurationProperties(ApiKeysProperties.class)
class KeyRateLimits {

    /** The limiters refill every second, so that is the longest a refused caller waits. */
    static final Duration PERIOD = Duration.ofSeconds(1);

    private final RateLimiterConfig orders;
    private final RateLimiterConfig requests;
    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();

    KeyRateLimits(ApiKeysProperties settings) {
        this.orders = config(settings.ordersPerSecond());
        this.requests = config(settings.requestsPerSecond());
    }

    /** Takes one permit of the key's limiter for this request; false when the key is over its limit. */
    boolean tryAcquire(long keyId, HttpServletRequest request) {
        boolean order = isOrder(request);
        String name = keyId + (order ? ":orders" : ":requests");
        return limiters.computeIfAbsent(name, ignored -> RateLimiter.of(name, order ? orders : requests))
                .acquirePermission();
    }

    private static boolean isOrder(HttpServletRequest request) {
        String path = request.getServletPath();
        boolean changes = !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod());
        return changes && (path.startsWith("/api/v1/orders") || path.startsWith("/api/v1/positions"));
    }

    private static RateLimiterConfig config(int perSecond) {
        return RateLimiterConfig.custom().limitForPeriod(perSecond).limitRefreshPeriod(PERIOD)
                .timeoutDuration(Duration.ZERO).build();
    }
}
