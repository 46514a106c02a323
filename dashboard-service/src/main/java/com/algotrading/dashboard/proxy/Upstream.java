package com.algotrading.dashboard.proxy;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import java.net.URI;

/** A service the dashboard forwards to: its name (as a 503 names it), where it answers, and its circuit breaker. */
record Upstream(String name, URI baseUrl, CircuitBreaker breaker) {

    /** The scheme, host and port the service writes into absolute {@code Location} and {@code Link} headers. */
    String origin() {
        return baseUrl.getScheme() + "://" + baseUrl.getRawAuthority();
    }
}
