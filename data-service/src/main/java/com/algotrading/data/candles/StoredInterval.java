package com.algotrading.data.candles;

import com.algotrading.common.market.Interval;
import com.algotrading.data.candlestore.CandleTable;

/** Interval labels of candle requests: any interval can be read; only stored ones can be imported. */
final class StoredInterval {

    private StoredInterval() {
    }

    /** @throws UnknownIntervalException listing the valid labels */
    static Interval parse(String label) {
        try {
            return Interval.parse(label);
        } catch (IllegalArgumentException e) {
            throw new UnknownIntervalException(e.getMessage());
        }
    }

    /** An interval candles can be imported at. */
    static Interval parseStored(String label) {
        Interval interval = parse(label);
        if (!CandleTable.isStored(interval)) {
            throw new UnknownIntervalException("only 1m and 1d candles are stored;"
                    + " " + label + " candles are derived from 1m on read");
        }
        return interval;
    }
}
