package com.algotrading.data.bars;

import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.data.candlestore.BarStore;
import com.algotrading.data.candlestore.PublishedBar;
import com.algotrading.data.feed.FeedKind;
import com.algotrading.data.feed.FeedProperties;
import com.algotrading.data.feed.MarketFeed;
import com.algotrading.data.instruments.Instruments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code MARKET_FEED=replay}: re-publishes one day's stored 1-minute bars of the feed's instruments on the bar
 * stream at N× speed, minute by minute, so strategies can be watched on real history after hours. The bars are
 * published as stored (not re-aggregated from ticks) and keep their historical times; each gets a new stream id.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class BarReplay implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BarReplay.class);

    private final FeedProperties feed;
    private final PlatformSettings settings;
    private final ReplayProperties properties;
    private final MarketFeed marketFeed;
    private final Instruments instruments;
    private final BarStore store;
    private final List<PublishedBarListener> listeners;
    private final Clock clock;
    private final NseCalendar calendar;
    private Thread player;

    BarReplay(FeedProperties feed, PlatformSettings settings, ReplayProperties properties, MarketFeed marketFeed,
              Instruments instruments, BarStore store, List<PublishedBarListener> listeners, Clock clock,
              NseCalendar calendar) {
        this.feed = feed;
        this.settings = settings;
        this.properties = properties;
        this.marketFeed = marketFeed;
        this.instruments = instruments;
        this.store = store;
        this.listeners = listeners;
        this.clock = clock;
        this.calendar = calendar;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (feed.resolve(settings) == FeedKind.REPLAY) {
            LocalDate day = properties.date().orElseGet(() -> calendar.previousTradingDay(
                    clock.instant().atZone(IstTime.ZONE).toLocalDate()));
            player = Thread.ofVirtual().name("bar-replay").start(() -> replay(day));
        }
    }

    /** Plays the day to its end; returns how many bars were published. */
    int replay(LocalDate day) {
        List<Integer> ids = marketFeed.instruments().stream().map(Instrument::symbol)
                .map(instruments::find).flatMap(Optional::stream).map(stored -> stored.id()).toList();
        List<BarStore.StoredMinute> minutes = store.storedMinutes(ids, day.atStartOfDay(IstTime.ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(IstTime.ZONE).toInstant());
        log.info("replaying {} bars of {} at {}x", minutes.size(), day, properties.speed());
        Instant first = minutes.isEmpty() ? null : minutes.getFirst().time();
        long started = System.nanoTime();
        for (BarStore.StoredMinute minute : minutes) {
            long dueNanos = Duration.between(Objects.requireNonNull(first), minute.time()).toNanos() / properties.speed();
            long waitNanos = dueNanos - (System.nanoTime() - started);
            if (waitNanos > 0 && !sleep(waitNanos)) {
                return 0;
            }
            PublishedBar bar = store.republish(minute.instrumentId(), minute.time());
            listeners.forEach(listener -> listener.published(bar));
        }
        return minutes.size();
    }

    private static boolean sleep(long nanos) {
        try {
            Thread.sleep(Duration.ofNanos(nanos));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void destroy() {
        if (player != null) {
            player.interrupt();
        }
    }
}
