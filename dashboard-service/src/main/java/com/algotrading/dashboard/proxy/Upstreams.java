package com.algotrading.dashboard.proxy;

import com.algotrading.common.settings.PlatformSettings;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.time.Duration;

/**
 * The two services behind the public API, each with its own circuit breaker: half of the last 20 calls failed
 * (at least 10 made) opens it for 10 s, then 3 trial calls decide whether it closes again.
 */
@Component
class Upstreams {

    private static final CircuitBreakerConfig BREAKER = CircuitBreakerConfig.custom()
            .slidingWindowSize(20).minimumNumberOfCalls(10).failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(10)).permittedNumberOfCallsInHalfOpenState(3).build();

    private final Upstream trading;
    private final Upstream data;

    Upstreams(PlatformSettings settings) {
        this.trading = of("trading-service", settings.tradingServiceUrl());
        this.data = of("data-service", settings.dataServiceUrl());
    }

    Upstream trading() {
        return trading;
    }

    Upstream data() {
        return data;
    }

    private static Upstream of(String name, URI baseUrl) {
        return new Upstream(name, baseUrl, CircuitBreaker.of(name, BREAKER));
    }
}
