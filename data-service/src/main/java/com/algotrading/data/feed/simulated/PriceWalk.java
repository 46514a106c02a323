package com.algotrading.data.feed.simulated;

import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.market.Tick;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;

/**
 * One instrument's simulated trading: geometric Brownian motion of a model price, quoted on the tick grid, with
 * trade sizes following the U-shaped intraday volume of NSE (heavy at the open and close, light at midday).
 * The model price is a double because it is a stochastic state, not money; every price that leaves this class
 * is a whole number of ticks in paise.
 */
final class PriceWalk {

    /** Seconds of trading in a year: 250 sessions of 6h15m. */
    private static final double TRADING_SECONDS_PER_YEAR = 250 * 22_500.0;
    private static final double SESSION_SECONDS = 22_500.0;
    private static final long MEAN_TRADE_SIZE = 200;

    private final Instrument instrument;
    private final SplittableRandom random;
    private final double volatility;
    private double price;
    private long volumeToday;
    private LocalDate day;

    PriceWalk(Instrument instrument, long startPrice, double annualVolatility, SplittableRandom random) {
        this.instrument = instrument;
        this.price = startPrice;
        this.volatility = annualVolatility;
        this.random = random;
    }

    /** Advances the walk by {@code seconds} and returns the trade printed at {@code now}. */
    Tick next(Instant now, double seconds) {
        double dt = seconds / TRADING_SECONDS_PER_YEAR;
        price *= Math.exp(-0.5 * volatility * volatility * dt + volatility * Math.sqrt(dt) * gaussian());
        ZonedDateTime local = now.atZone(IstTime.ZONE);
        if (!local.toLocalDate().equals(day)) {
            day = local.toLocalDate();
            volumeToday = 0;
        }
        long quantity = 1 + Math.round(MEAN_TRADE_SIZE * intradayShape(local.toLocalTime()) * -Math.log(
                1 - random.nextDouble()));
        volumeToday += quantity;
        return new Tick(instrument.exchange(), instrument.token(), now, quoted(), quantity, volumeToday);
    }

    /** 3× the midday rate at the open and close, as a parabola over the session; clamped outside it. */
    private static double intradayShape(LocalTime time) {
        double x = (time.toSecondOfDay() - NseCalendar.SESSION_OPEN.toSecondOfDay()) / SESSION_SECONDS;
        double clamped = Math.min(1, Math.max(0, x));
        return 1 + 2 * Math.pow(2 * clamped - 1, 2);
    }

    private long quoted() {
        long tick = instrument.tickSize();
        return Math.max(tick, Math.round(price / tick) * tick);
    }

    private double gaussian() {
        double u1 = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
