package com.algotrading.data.candles;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.SessionAlignedBars;
import com.algotrading.data.candlestore.CandleTable;
import com.algotrading.data.instruments.StoredInstrument;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Reads candles of any interval: stored ones directly, derived ones folded from stored minutes. */
@Component
class CandleRows {

    private final CandleTable table;

    CandleRows(CandleTable table) {
        this.table = table;
    }

    /**
     * Bars starting in [from, to), oldest first.
     *
     * @throws RangeTooLargeException when there would be more than maxRows
     */
    public List<Bar> read(StoredInstrument instrument, Interval interval, Instant from, Instant to, int maxRows) {
        List<Bar> bars = new ArrayList<>();
        Consumer<Bar> limited = bar -> {
            if (bars.size() == maxRows) {
                throw new RangeTooLargeException("more than " + maxRows + " " + interval.label()
                        + " candles in the range; ask for a shorter range or a longer interval");
            }
            bars.add(bar);
        };
        if (CandleTable.isStored(interval)) {
            table.read(instrument.id(), interval, from, to, limited);
        } else {
            SessionAlignedBars derived = new SessionAlignedBars(interval, limited);
            table.read(instrument.id(), Interval.ONE_MINUTE, from, to, derived::accept);
            derived.finish();
        }
        return bars;
    }
}
