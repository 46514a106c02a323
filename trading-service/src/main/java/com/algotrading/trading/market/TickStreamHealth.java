package com.algotrading.trading.market;

import com.algotrading.common.market.Symbol;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

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
    private final Duration staleAfter;
    private final AtomicReference<Instant> lastTick = new AtomicReference<>();

    TickStreamHealth(LastPrices prices, MarketClock market, Clock clock,
                     @Value("${trading.market-feed.stale-after:60s}") Duration staleAfter) {
        this.prices = prices;
        this.market = market;
        this.clock = clock;
        this.staleAfter = staleAfter;
        prices.addListener(this);
    }

    @Override
    public void ticked(Symbol symbol, long lastPrice, Instant time) {
        lastTick.set(clock.instant());
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Instant last = lastTick.get();
        boolean open = market.hours(now).closed().isEmpty();
        boolean silent = last == null || Duration.between(last, now).compareTo(staleAfter) > 0;
        Health.Builder health = !prices.connected() || open && silent ? Health.down() : Health.up();
        health.withDetail("connected", prices.connected()).withDetail("marketOpen", open);
        if (last == null) {
            health.withDetail("lastTick", "none yet");
        } else {
            health.withDetail("lastTick", last.toString()).withDetail("lagSeconds", Duration.between(last, now).toSeconds());
        }
        return health.build();
    }
}
