package com.algotrading.trading.market;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.market.TickSilence;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The {@code marketFeed} health component: the data-service's tick stream as this service receives it. DOWN when the
 * stream is not connected (no prices reach risk, positions or the paper broker), and while the market is open when no
 * tick came for {@code trading.market-feed.stale-after} (60 s by default: orders would be checked on old prices).
 * Outside market hours silence is expected.
 */
@Component("marketFeedHealthIndicator")
class TickStreamHealth implements HealthIndicator, TickListener {

    private final LastPrices prices;
    private final MarketClock market;
    private final Clock clock;
    private final TickSilence silence;

    TickStreamHealth(LastPrices prices, MarketClock market, Clock clock,
                     @Value("${trading.market-feed.stale-after:60s}") Duration staleAfter) {
        this.prices = prices;
        this.market = market;
        this.clock = clock;
        this.silence = new TickSilence(clock, staleAfter);
        prices.addListener(this);
    }

    @Override
    public void ticked(Symbol symbol, long lastPrice, Instant time) {
        silence.ticked();
    }

    @Override
    public Health health() {
        boolean open = market.hours(clock.instant()).closed().isEmpty();
        boolean connected = prices.connected();
        return (!connected || open && silence.tooLong() ? Health.down() : Health.up())
                .withDetail("connected", connected).withDetail("marketOpen", open).withDetails(silence.details())
                .build();
    }
}
