package com.algotrading.common.strategies;

import com.algotrading.common.indicators.BollingerBands;
import com.algotrading.common.indicators.Indicator;
import com.algotrading.common.market.Bar;
import com.algotrading.common.orders.Position;

/** Long when the close crosses below the lower band, flat when it crosses above the middle band (the SMA). */
final class BollingerReversion implements Strategy {

    private static final int LOWER = 2;
    private static final int MIDDLE = 1;

    private final BollingerBands bands;
    private final Crossing lowerCrossing = new Crossing();
    private final Crossing middleCrossing = new Crossing();

    BollingerReversion(int period, double k) {
        this.bands = new BollingerBands(period, k);
    }

    @Override
    public Signal onBar(Bar bar, Position position) {
        bands.update(bar);
        double close = Indicator.rupees(bar.close());
        double lower = bands.isReady() ? bands.output(LOWER) : Double.NaN;
        double middle = bands.isReady() ? bands.output(MIDDLE) : Double.NaN;
        if (middleCrossing.update(close, middle) > 0) {
            return Signal.EXIT_LONG;
        }
        return lowerCrossing.update(close, lower) < 0 ? Signal.ENTER_LONG : Signal.NONE;
    }
}
