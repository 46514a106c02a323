package com.algotrading.common.strategies;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.orders.Position;

/**
 * Intraday breakout of the NSE opening range. The range is the highest high and lowest low of the bars starting in
 * [09:15, 09:15 + minutes) IST of each day. After it, long on the first close above the range high (at most one entry
 * a day), flat when a close falls below the range low. Use with intraday exits, which square off the day.
 */
final class OpeningRangeBreakout implements Strategy {

    private static final int OPEN_SECOND = NseCalendar.SESSION_OPEN.toSecondOfDay();

    private final int rangeEndSecond;
    private long day = Long.MIN_VALUE;
    private long rangeHigh;
    private long rangeLow;
    private boolean enteredToday;

    OpeningRangeBreakout(int minutes) {
        this.rangeEndSecond = OPEN_SECOND + minutes * 60;
    }

    @Override
    public Signal onBar(Bar bar, Position position) {
        long barDay = IstTime.epochDay(bar.start());
        if (barDay != day) {
            day = barDay;
            rangeHigh = Long.MIN_VALUE;
            rangeLow = Long.MAX_VALUE;
            enteredToday = false;
        }
        int second = IstTime.secondOfDay(bar.start());
        if (second < rangeEndSecond) {
            if (second >= OPEN_SECOND) {
                rangeHigh = Math.max(rangeHigh, bar.high());
                rangeLow = Math.min(rangeLow, bar.low());
            }
            return Signal.NONE;
        }
        if (rangeHigh == Long.MIN_VALUE) {
            return Signal.NONE;
        }
        if (bar.close() < rangeLow) {
            return Signal.EXIT_LONG;
        }
        if (bar.close() > rangeHigh && !enteredToday) {
            enteredToday = true;
            return Signal.ENTER_LONG;
        }
        return Signal.NONE;
    }
}
