package com.algotrading.dashboard.apikeys;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Each key's rate limits ({@code API_KEY_ORDERS_PER_SECOND}, {@code API_KEY_REQUESTS_PER_SECOND}).
 *
 * @param ordersPerSecond   state-changing calls to orders and positions (placing, cancelling, closing)
 * @param requestsPerSecond every other call
 */
@ConfigurationProperties("dashboard.api-keys")
@Validated
record ApiKeysProperties(@DefaultValue("10") @Min(1) int ordersPerSecond,
                         @DefaultValue("100") @Min(1) int requestsPerSecond) {
}
