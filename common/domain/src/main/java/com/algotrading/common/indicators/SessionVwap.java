package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;

/**
 * Session VWAP: Σ(typical price × volume) / Σ volume over the bars of the current IST trading day, typical price =
 * (high + low + close) / 3. It restarts on the first bar of each IST calendar day and is undefined until the day has
 * traded some volume.
 */
public final class SessionVwap implements Indicator {

    private long day = Long.MIN_VALUE;
    private double priceVolume;
    private double volume;

    @Override
    public void update(Bar bar) {
        long barDay = IstTime.epochDay(bar.start());
        if (barDay != day) {
            day = barDay;
            priceVolume = 0;
            volume = 0;
        }
        double typical = (Indicator.rupees(bar.high()) + Indicator.rupees(bar.low()) + Indicator.rupees(bar.close())) / 3;
        priceVolume += typical * bar.volume();
        volume += bar.volume();
    }

    @Override
    public boolean isReady() {
        return volume > 0;
    }

    @Override
    public double value() {
        return volume > 0 ? priceVolume / volume : Double.NaN;
    }
}
