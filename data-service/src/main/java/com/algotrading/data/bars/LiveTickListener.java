package com.algotrading.data.bars;

/**
 * Told of each live tick as it arrives, on the feed's own thread (a feed may use several). It must return at once:
 * while it runs, the feed and the bars wait.
 */
public interface LiveTickListener {

    void ticked(LiveTick tick);
}
