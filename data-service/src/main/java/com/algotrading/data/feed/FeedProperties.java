package com.algotrading.data.feed;

import com.algotrading.common.settings.PlatformSettings;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Optional;

/**
 * @param kind          {@code MARKET_FEED}; unset means {@code angelone} when the Angel One credentials are set,
 *                      else {@code simulated}
 * @param barCloseGrace how long after a minute ends its bar waits for late ticks before it closes
 *                      ({@code BAR_CLOSE_GRACE})
 */
@Validated
@ConfigurationProperties("data.feed")
public record FeedProperties(Optional<FeedKind> kind, @NotNull Duration barCloseGrace) {

    /** The feed to run: the configured one; else Angel One when its credentials are set, else the simulator. */
    public FeedKind resolve(PlatformSettings settings) {
        return kind.orElse(settings.angelOne().isPresent() ? FeedKind.ANGELONE : FeedKind.SIMULATED);
    }
}
