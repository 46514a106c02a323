package com.algotrading.data.bars;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.market.Tick;

/** A tick of the live feed with the stored instrument it belongs to. */
public record LiveTick(int instrumentId, Symbol symbol, Tick tick) {
}
