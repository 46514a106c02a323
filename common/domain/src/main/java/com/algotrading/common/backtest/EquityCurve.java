package com.algotrading.common.backtest;

import com.algotrading.common.market.Bar;

import java.time.Instant;
import java.util.List;

/** Account equity in paise at each bar's close (the last point after the closing-out at the end of the data). */
public final class EquityCurve {

    private final List<Bar> bars;
    private final long[] equity;

    EquityCurve(List<Bar> bars, long[] equity) {
        this.bars = bars;
        this.equity = equity;
    }

    public int size() {
        return equity.length;
    }

    public Instant time(int index) {
        return bars.get(index).start();
    }

    public long equity(int index) {
        return equity[index];
    }
}
