package com.algotrading.data.feed;

import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.InvalidSettingException;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Optional;

/**
 * @param kind          {@code MARKET_FEED}; unset means {@code simulated} when paper trading
 * @param barCloseGrace how long after a minute ends its bar waits for late ticks before it closes
 *                      ({@code BAR_CLOSE_GRACE})
 */
@Validated
@ConfigurationProperties("data.feed")
public record FeedProperties(Optional<FeedKind> kind, @NotNull Duration barCloseGrace) {

    /** The feed to run: the configured one, else the simulator when paper trading. */
    public FeedKind resolve(PlatformSettings settings) {
        if (kind.isPresent()) {
            return kind.get();
        }
        if (settings.paperTrading()) {
            return FeedKind.SIMULATED;
        }
        throw new InvalidSettingException("MARKET_FEED", "must be set when PAPER_TRADING=false (simulated or none)");
    }
}
