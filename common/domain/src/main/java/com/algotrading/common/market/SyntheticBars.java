package com.algotrading.common.market;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random-walk bars on the NSE calendar and the ₹0.05 tick, for tests, benchmarks and demos where no licensed
 * price history may be shipped. The same seed always gives the same bars.
 */
public final class SyntheticBars {

    private static final long TICK = 5;
    private static final long START_PRICE = 100_000;

    private final SplittableRandom random;
    private final double volatility;
    private long close = START_PRICE;

    private SyntheticBars(long seed, double volatility) {
        this.random = new SplittableRandom(seed);
        this.volatility = volatility;
    }

    /** One bar per NSE trading day from {@code firstDay}, labelled with its trading date (midnight IST), as stored. */
    public static List<Bar> daily(long seed, int count, LocalDate firstDay) {
        SyntheticBars walk = new SyntheticBars(seed, 0.015);
        NseCalendar calendar = NseCalendar.bundled();
        List<Bar> bars = new ArrayList<>(count);
        LocalDate day = calendar.isTradingDay(firstDay) ? firstDay : calendar.nextTradingDay(firstDay);
        while (bars.size() < count) {
            bars.add(walk.next(IstTime.startOfDay(day)));
            day = calendar.nextTradingDay(day);
        }
        return bars;
    }

    /** Intraday bars covering each NSE session (09:15–15:30 IST) of {@code days} trading days. */
    public static List<Bar> intraday(long seed, int days, Interval interval, LocalDate firstDay) {
        SyntheticBars walk = new SyntheticBars(seed, 0.002 * Math.sqrt(interval.length().toMinutes()));
        NseCalendar calendar = NseCalendar.bundled();
        List<Bar> bars = new ArrayList<>();
        LocalDate day = calendar.isTradingDay(firstDay) ? firstDay : calendar.nextTradingDay(firstDay);
        for (int d = 0; d < days; d++) {
            Instant close = calendar.sessionClose(day).toInstant();
            Duration step = interval.length();
            for (Instant start = calendar.sessionOpen(day).toInstant(); start.isBefore(close); start = start.plus(step)) {
                bars.add(walk.next(start));
            }
            day = calendar.nextTradingDay(day);
        }
        return bars;
    }

    private Bar next(Instant start) {
        long open = onTick(close * (1 + 0.2 * volatility * random.nextGaussian()));
        long nextClose = onTick(open * Math.exp(volatility * random.nextGaussian()));
        long high = onTick(Math.max(open, nextClose) * (1 + Math.abs(0.5 * volatility * random.nextGaussian())));
        long low = onTick(Math.min(open, nextClose) * (1 - Math.abs(0.5 * volatility * random.nextGaussian())));
        close = nextClose;
        long volume = 1_000 + random.nextLong(200_000);
        return new Bar(start, open, Math.max(high, Math.max(open, nextClose)), Math.min(low, Math.min(open, nextClose)),
                nextClose, volume);
    }

    private static long onTick(double paise) {
        return Math.max(TICK, Math.round(paise / TICK) * TICK);
    }
}
