package com.algotrading.data.candlestore;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Symbol;

/**
 * A closed live 1-minute bar as stored and published.
 *
 * @param seq increases with every publication; the bar stream's event id
 */
public record PublishedBar(long seq, int instrumentId, Symbol symbol, Bar bar) {
}
