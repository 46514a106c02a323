/** A seeded simulator of NSE stocks that looks like a market on a chart; the default feed when paper trading. */
package com.algotrading.data.feed.simulated;
