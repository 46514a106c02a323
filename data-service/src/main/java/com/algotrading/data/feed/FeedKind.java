package com.algotrading.data.feed;

/** The values of {@code MARKET_FEED}. */
public enum FeedKind {
    /** The seeded simulator of the NIFTY 50 (the default without Angel One credentials). */
    SIMULATED,
    /** Angel One's WebSocket 2.0 stream of the NIFTY 50 set (needs the {@code ANGEL_ONE_*} credentials). */
    ANGELONE,
    /** Stored 1-minute bars of one day re-published at N× speed (see {@code bars.BarReplay}); no ticks. */
    REPLAY,
    /** No live feed: the service serves stored candles only (the import command runs this way). */
    NONE
}
