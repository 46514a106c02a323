package com.algotrading.common.strategies;

import com.algotrading.common.indicators.Indicator;
import com.algotrading.common.indicators.SessionVwap;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.orders.Position;

/**
 * Intraday mean reversion to the session VWAP: long when the close crosses below VWAP × (1 − band), flat when it
 * crosses above VWAP. The crossing state restarts each IST day with the VWAP.
 */
final class VwapReversion implements Strategy {

    private final SessionVwap vwap = new SessionVwap();
    private final double band;
    private Crossing entryCrossing = new Crossing();
    private Crossing exitCrossing = new Crossing();
    private long day = Long.MIN_VALUE;

    VwapReversion(double bandPercent) {
        this.band = bandPercent / 100;
    }

    @Override
    public Signal onBar(Bar bar, Position position) {
        long barDay = IstTime.epochDay(bar.start());
        if (barDay != day) {
            day = barDay;
            entryCrossing = new Crossing();
            exitCrossing = new Crossing();
        }
        vwap.update(bar);
        double close = Indicator.rupees(bar.close());
        double value = vwap.value();
        if (exitCrossing.update(close, value) > 0) {
            return Signal.EXIT_LONG;
        }
        return entryCrossing.update(close, value * (1 - band)) < 0 ? Signal.ENTER_LONG : Signal.NONE;
    }
}
