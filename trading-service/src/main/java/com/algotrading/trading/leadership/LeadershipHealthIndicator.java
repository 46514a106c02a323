package com.algotrading.trading.leadership;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness reports leadership: the active instance is UP; the standby is alive (liveness stays UP) but
 * OUT_OF_SERVICE, with why, so nothing routes orders to it.
 */
@Component
class LeadershipHealthIndicator implements HealthIndicator {

    private final Leadership leadership;

    LeadershipHealthIndicator(Leadership leadership) {
        this.leadership = leadership;
    }

    @Override
    public Health health() {
        return leadership.standbyReason().map(reason -> Health.outOfService().withDetail("role", "standby")
                .withDetail("reason", reason).build()).orElseGet(() -> Health.up().withDetail("role", "active").build());
    }
}
