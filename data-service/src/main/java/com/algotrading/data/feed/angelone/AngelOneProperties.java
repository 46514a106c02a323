package com.algotrading.data.feed.angelone;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * @param apiUrl       SmartAPI REST root ({@code ANGEL_ONE_API_URL})
 * @param wsUrl        WebSocket 2.0 market-data URL ({@code ANGEL_ONE_WS_URL})
 * @param mode         subscription mode: 1 LTP, 2 Quote, 3 SnapQuote ({@code ANGEL_ONE_FEED_MODE}); bars need
 *                     Quote or SnapQuote for volume
 * @param pingInterval how often the client sends {@code ping}
 * @param silence      a socket that delivers nothing this long during market hours is replaced
 * @param maxBackoff   the longest wait between reconnection attempts
 */
@Validated
@ConfigurationProperties("data.angelone")
public record AngelOneProperties(@NotNull URI apiUrl, @NotNull URI wsUrl, @Min(1) @Max(3) int mode,
                                 @NotNull Duration pingInterval, @NotNull Duration silence,
                                 @NotNull Duration maxBackoff) {
}
