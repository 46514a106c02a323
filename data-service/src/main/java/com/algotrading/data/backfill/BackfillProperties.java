package com.algotrading.data.backfill;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param requestsPerSecond candle requests per second; Angel One allows 3 with a strict rolling window, so the
 *                          default 2 leaves headroom ({@code BACKFILL_REQUESTS_PER_SECOND})
 * @param rateLimitRetries  how often a chunk refused with HTTP 403 (rate limit) is retried
 * @param rateLimitPause    the wait before such a retry
 */
@Validated
@ConfigurationProperties("data.backfill")
record BackfillProperties(@Min(1) @Max(3) int requestsPerSecond, @Min(0) int rateLimitRetries,
                                 @NotNull Duration rateLimitPause) {
}
