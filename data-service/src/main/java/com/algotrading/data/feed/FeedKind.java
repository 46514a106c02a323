package com.algotrading.data.feed;

import com.algotrading.common.settings.InvalidSettingException;

import java.util.Locale;

/** The values of {@code MARKET_FEED}. */
public enum FeedKind {
    /** The seeded simulator of the NIFTY 50 (the default without Angel One credentials). */
    SIMULATED,
    /** Angel One's WebSocket 2.0 stream of the NIFTY 50 set (needs the {@code ANGEL_ONE_*} credentials). */
    ANGELONE,
    /** Stored 1-minute bars of one day re-published at N× speed (see {@code bars.BarReplay}); no ticks. */
    REPLAY,
    /** No live feed: the service serves stored candles only (the import command runs this way). */
    NONE;

    /**
     * A live account must never trade on made-up prices: with {@code PAPER_TRADING=false}, {@code MARKET_FEED} may
     * not be {@code simulated} or {@code replay}.
     *
     * @param marketFeed the variable as set (null or blank when unset)
     * @throws InvalidSettingException naming {@code MARKET_FEED}
     */
    public static void refuseMadeUpPricesWhenLive(String marketFeed, boolean paperTrading) {
        String kind = marketFeed == null ? "" : marketFeed.strip().toUpperCase(Locale.ROOT);
        if (!paperTrading && (kind.equals(SIMULATED.name()) || kind.equals(REPLAY.name()))) {
            throw new InvalidSettingException("MARKET_FEED", "must not be " + kind.toLowerCase(Locale.ROOT)
                    + " with PAPER_TRADING=false: live orders need live prices (use angelone, or PAPER_TRADING=true)");
        }
    }
}
