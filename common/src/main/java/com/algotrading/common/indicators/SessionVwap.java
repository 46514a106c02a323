package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;

/**
 * Session VWAP: Σ(typical price × volume) / Σ volume over the bars of the current IST trading day, typical price =
 * (high + low + close) / 3. It restarts on the first bar of each IST calendar day and is undefined until the day has
 * traded some volume.
 */
public final class SessionVwap implements Indicator {

    /** India has had no daylight saving since 1945: a fixed +05:30 finds the IST day without time-zone lookups. */
    private static final long IST_OFFSET_SECONDS = 19_800;
    private static final long SECONDS_PER_DAY = 86_400;

    private long day = Long.MIN_VALUE;
    private double priceVolume;
    private double volume;

    @Override
    public void update(Bar bar) {
        long barDay = Math.floorDiv(bar.start().getEpochSecond() + IST_OFFSET_SECONDS, SECONDS_PER_DAY);
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
