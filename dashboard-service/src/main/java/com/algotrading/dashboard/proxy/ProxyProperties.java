package com.algotrading.dashboard.proxy;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Calls to the other services ({@code UPSTREAM_CONNECT_TIMEOUT}, {@code UPSTREAM_TIMEOUT}).
 *
 * @param connectTimeout how long a connection may take
 * @param timeout        how long the answer's status and headers may take (a stream's body then flows unbounded)
 */
@ConfigurationProperties("dashboard.upstream")
record ProxyProperties(@DefaultValue("2s") Duration connectTimeout, @DefaultValue("15s") Duration timeout) {
}
