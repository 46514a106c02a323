package com.algotrading.data.instruments;

import com.algotrading.common.market.Instrument;

/** An instrument with the surrogate id that candles refer to. */
public record StoredInstrument(int id, Instrument instrument) {
}
