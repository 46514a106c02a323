package com.algotrading.data.bars;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.InstrumentToken;

/** A 1-minute bar that will receive no more ticks. */
record ClosedBar(Exchange exchange, InstrumentToken token, Bar bar) {
}
