package com.algotrading.data.feed;

/** The values of {@code MARKET_FEED}. */
public enum FeedKind {
    /** The seeded simulator of the NIFTY 50 (the default when paper trading). */
    SIMULATED,
    /** No live feed: the service serves stored candles only (the import command runs this way). */
    NONE
}
