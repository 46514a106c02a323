package com.algotrading.data.observability;

import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.market.TickSilence;
import com.algotrading.data.bars.LiveTick;
import com.algotrading.data.bars.LiveTickListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;

/**
 * How fresh the market feed is: {@code FeedLag} (seconds since the last tick, 0 before the first) and
 * {@code MarketFeedStale} (1 while the market is open and no tick came for {@code data.feed.stale-after}, 60 s by
 * default: strategies would trade on old prices); the {@code marketFeed} health component says the same in words.
 * Outside market hours silence is expected, so the feed is never stale then, and the component stays up.
 */
@Component("marketFeedHealthIndicator")
class FeedFreshness implements LiveTickListener, HealthIndicator {

    private final NseCalendar calendar;
    private final Clock clock;
    private final TickSilence silence;

    FeedFreshness(NseCalendar calendar, Clock clock, MeterRegistry meters,
                  @Value("${data.feed.stale-after:60s}") Duration staleAfter) {
        this.calendar = calendar;
        this.clock = clock;
        this.silence = new TickSilence(clock, staleAfter);
        Gauge.builder("FeedLag", this, freshness -> freshness.lag().toMillis() / 1000.0).baseUnit("seconds")
                .description("seconds since the market feed's last tick").register(meters);
        Gauge.builder("MarketFeedStale", this, freshness -> freshness.stale() ? 1 : 0)
                .description("1 while the market is open and the feed has been silent too long").register(meters);
    }

    @Override
    public void ticked(LiveTick tick) {
        silence.ticked();
    }

    Duration lag() {
        return silence.lag();
    }

    boolean stale() {
        return calendar.isOpen(clock.instant()) && silence.tooLong();
    }

    @Override
    public Health health() {
        return (stale() ? Health.down() : Health.up()).withDetail("marketOpen", calendar.isOpen(clock.instant()))
                .withDetails(silence.details()).build();
    }
}
