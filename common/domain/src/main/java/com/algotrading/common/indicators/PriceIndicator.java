package com.algotrading.common.indicators;

import com.algotrading.common.market.Bar;

/** An indicator of one price series; fed from bars it uses the close. */
public abstract class PriceIndicator implements Indicator {

    @Override
    public final void update(Bar bar) {
        update(Indicator.rupees(bar.close()));
    }

    /** Feeds the next value of the series. */
    public abstract void update(double value);
}
