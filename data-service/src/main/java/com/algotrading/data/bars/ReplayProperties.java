package com.algotrading.data.bars;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.util.Optional;

/**
 * @param date  the day whose stored 1-minute bars {@code MARKET_FEED=replay} re-publishes ({@code REPLAY_DATE});
 *              unset means the previous trading day
 * @param speed how many times faster than real time ({@code REPLAY_SPEED}): 60 plays a minute a second
 */
@Validated
@ConfigurationProperties("data.replay")
record ReplayProperties(Optional<LocalDate> date, @Min(1) @Max(100_000) int speed) {
}
