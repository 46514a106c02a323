package com.algotrading.trading.deployments;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * How far back a deployment warms its indicators on stored candles: three times its longest whole-number parameter in
 * bars (a 30-bar average is settled after 90), and never less than the previous session (session indicators such as
 * VWAP and the opening range start at the open), converted to calendar days over 375-minute sessions and weekends.
 */
final class WarmUp {

    private static final long SESSION_MINUTES = 375;

    private WarmUp() {
    }

    static Instant from(DeploymentSpec spec, Instant now) {
        long longest = spec.type().parameters().stream()
                .filter(p -> p.integer())
                .map(p -> spec.parameters().getOrDefault(p.name(), p.defaultValue()))
                .mapToLong(BigDecimal::longValue).max().orElse(0);
        long minutes = Math.max(3 * longest, 1) * spec.interval().length().toMinutes();
        long sessions = Math.ceilDiv(minutes, SESSION_MINUTES) + 1;
        long calendarDays = sessions * 7 / 5 + 3;
        return now.minus(Duration.ofDays(calendarDays));
    }
}
