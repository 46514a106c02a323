package com.algotrading.data.feed;

import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.Tick;

import java.util.List;
import java.util.function.Consumer;

/** A source of live ticks. The data-service holds exactly one. */
public interface MarketFeed {

    /** The instruments this feed streams. */
    List<Instrument> instruments();

    /** Starts delivering ticks to the sink from the feed's own threads; returns at once. */
    void start(Consumer<Tick> sink);

    /** Stops delivering ticks and releases threads and connections. */
    void stop();
}
