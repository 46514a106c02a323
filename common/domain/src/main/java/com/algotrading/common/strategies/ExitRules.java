package com.algotrading.common.strategies;

import com.algotrading.common.market.IstTime;

import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

/**
 * Exits every strategy gets, set per run. Percentages are in parts per million of the price (1% = 10_000; 0 = off).
 * For intraday runs, the open position is squared off on the first bar starting at or after {@code squareOff} (IST)
 * and no entry is made on a bar starting at or after {@code noNewEntries}.
 */
public record ExitRules(long stopLossPpm, long targetPpm, long trailingPpm, Optional<LocalTime> squareOff,
                        Optional<LocalTime> noNewEntries) {

    /** Angel One's intraday auto square-off time is unconfirmed; 15:15 IST is the conservative end of its peers. */
    public static final LocalTime DEFAULT_SQUARE_OFF = LocalTime.of(15, 15);
    public static final LocalTime DEFAULT_NO_NEW_ENTRIES = LocalTime.of(15, 0);
    public static final ExitRules NONE = new ExitRules(0, 0, 0, Optional.empty(), Optional.empty());

    private static final long MILLION = 1_000_000;

    public ExitRules {
        if (stopLossPpm < 0 || stopLossPpm >= MILLION || targetPpm < 0 || trailingPpm < 0 || trailingPpm >= MILLION) {
            throw new IllegalArgumentException("stop-loss and trailing stop must lie in [0, 100%), target must not be negative");
        }
    }

    /** Intraday defaults: square off at 15:15 and no entries from 15:00 IST. */
    public static ExitRules intraday(long stopLossPpm, long targetPpm, long trailingPpm) {
        return new ExitRules(stopLossPpm, targetPpm, trailingPpm, Optional.of(DEFAULT_SQUARE_OFF),
                Optional.of(DEFAULT_NO_NEW_ENTRIES));
    }

    public boolean isIntraday() {
        return squareOff.isPresent();
    }

    /** The long position's stop price, the higher of the fixed stop and the trailing stop; 0 when neither is set. */
    public long longStop(long entryPrice, long highestSinceEntry) {
        long fixed = stopLossPpm == 0 ? 0 : below(entryPrice, stopLossPpm);
        long trailing = trailingPpm == 0 ? 0 : below(highestSinceEntry, trailingPpm);
        return Math.max(fixed, trailing);
    }

    /** Whether {@link #longStop} comes from the trailing rule. */
    public boolean trailingBinds(long entryPrice, long highestSinceEntry) {
        return trailingPpm != 0 && (stopLossPpm == 0 || below(highestSinceEntry, trailingPpm) > below(entryPrice, stopLossPpm));
    }

    /** The long position's target price; {@code Long.MAX_VALUE} when there is none. */
    public long longTarget(long entryPrice) {
        return targetPpm == 0 ? Long.MAX_VALUE : entryPrice + Math.ceilDiv(entryPrice * targetPpm, MILLION);
    }

    public boolean mustSquareOff(Instant barStart) {
        return squareOff.isPresent() && !istTime(barStart).isBefore(squareOff.get());
    }

    public boolean allowsEntry(Instant barStart) {
        return !mustSquareOff(barStart) && noNewEntries.map(limit -> istTime(barStart).isBefore(limit)).orElse(true);
    }

    private static long below(long price, long ppm) {
        return price - Math.ceilDiv(price * ppm, MILLION);
    }

    private static LocalTime istTime(Instant instant) {
        return LocalTime.ofSecondOfDay(IstTime.secondOfDay(instant));
    }
}
