package com.algotrading.data.bars;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.Tick;
import com.algotrading.data.candlestore.BarStore;
import com.algotrading.data.candlestore.PublishedBar;
import com.algotrading.data.feed.FeedProperties;
import com.algotrading.data.feed.MarketFeed;
import com.algotrading.data.instruments.Instruments;
import com.algotrading.data.instruments.StoredInstrument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the live pipeline once the instruments are loaded: feed → {@link BarAggregator} → store → listeners, and
 * each tick also to the tick listeners (the feed can be started only once, so both paths share its sink). Closed bars
 * are written by one thread, so their sequence numbers are assigned and published in order; the feed's thread never
 * waits for the database.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LiveBars implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LiveBars.class);

    private record Key(Exchange exchange, InstrumentToken token) {
    }

    private final MarketFeed feed;
    private final Instruments instruments;
    private final BarStore store;
    private final List<PublishedBarListener> listeners;
    private final List<LiveTickListener> tickListeners;
    private final FeedProperties properties;
    private final Clock clock;
    private final BlockingQueue<ClosedBar> closed = new LinkedBlockingQueue<>();
    private final Map<Key, StoredInstrument> byToken = new HashMap<>();
    private ScheduledExecutorService closer;
    private Thread writer;

    LiveBars(MarketFeed feed, Instruments instruments, BarStore store, List<PublishedBarListener> listeners,
             List<LiveTickListener> tickListeners, FeedProperties properties, Clock clock) {
        this.feed = feed;
        this.instruments = instruments;
        this.store = store;
        this.listeners = listeners;
        this.tickListeners = tickListeners;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (feed.instruments().isEmpty()) {
            return;
        }
        for (Instrument instrument : feed.instruments()) {
            byToken.put(new Key(instrument.exchange(), instrument.token()), storedInstrument(instrument));
        }
        BarAggregator aggregator = new BarAggregator(properties.barCloseGrace(), closed::add);
        writer = Thread.ofVirtual().name("bar-writer").start(this::writeClosedBars);
        closer = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("bar-closer").daemon().factory());
        closer.scheduleAtFixedRate(() -> aggregator.closeDue(clock.instant()), 1, 1, TimeUnit.SECONDS);
        feed.start(tick -> {
            aggregator.onTick(tick);
            publish(tick);
        });
        log.info("live bars started for {} instruments", byToken.size());
    }

    /** The feed's instrument as stored; a feed may stream instruments the master import has not brought yet. */
    private StoredInstrument storedInstrument(Instrument instrument) {
        return instruments.find(instrument.exchange(), instrument.token()).orElseGet(() -> {
            instruments.upsert(List.of(instrument));
            return instruments.find(instrument.exchange(), instrument.token()).orElseThrow();
        });
    }

    /**
     * Skips a tick of an instrument the feed did not name rather than throw: this runs on the feed's thread, where an
     * exception would stop a scheduled feed for good.
     */
    private void publish(Tick tick) {
        StoredInstrument instrument = byToken.get(new Key(tick.exchange(), tick.token()));
        if (instrument == null) {
            return;
        }
        LiveTick live = new LiveTick(instrument.id(), instrument.instrument().symbol(), tick);
        tickListeners.forEach(listener -> listener.ticked(live));
    }

    private void writeClosedBars() {
        while (!Thread.currentThread().isInterrupted()) {
            ClosedBar bar;
            try {
                bar = closed.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                PublishedBar published = store.store(byToken.get(new Key(bar.exchange(), bar.token())), bar.bar());
                listeners.forEach(listener -> listener.published(published));
            } catch (RuntimeException e) {
                log.error("could not store or publish the bar {}", bar, e);
            }
        }
    }

    @Override
    public void destroy() {
        feed.stop();
        if (closer != null) {
            closer.shutdownNow();
        }
        if (writer != null) {
            writer.interrupt();
        }
    }
}
