package com.algotrading.common.barfiles;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Prices;
import com.algotrading.common.market.TickSize;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The one check of a bar file row, {@code timestamp,open,high,low,close,volume}: a timestamp {@link Timestamps} reads;
 * prices in rupees with at most two decimals, positive and on the tick; high at or above low, open and close between
 * them; a whole, non-negative volume ({@code 1200.0}, as pandas and spreadsheets write whole numbers, is 1200). Reasons
 * quote the cells as the file wrote them (times in the file's own offset), so they read the same in a command's error
 * and in an import's list of bad rows.
 */
public final class RowCheck {

    private static final int COLUMNS = 6;

    private final TickSize tick;
    private final Interval interval;

    private RowCheck(TickSize tick, Interval interval) {
        this.tick = tick;
        this.interval = interval;
    }

    /**
     * A backtest's bars: any interval (a bare date is a daily bar at its midnight IST, a date-time is taken as it is)
     * and any price in whole paise, since a file of adjusted prices is off the exchange's tick.
     */
    public static RowCheck anyBars() {
        return new RowCheck(new TickSize(1), null);
    }

    /**
     * Candles of one stored interval: a daily candle is its trading date (midnight IST, written as a bare date or
     * {@code T00:00+05:30}); an intraday one starts on a whole minute; prices lie on the instrument's tick.
     */
    public static RowCheck candles(Interval interval, TickSize tick) {
        return new RowCheck(tick, interval);
    }

    /** @throws BadBarException naming the line and the first rule the row breaks */
    public Bar parse(long line, String text) {
        String[] cells = text.split(",", -1);
        if (cells.length != COLUMNS) {
            throw new BadBarException(line, "expected " + COLUMNS + " columns (" + BarFile.HEADER + "), found "
                    + cells.length);
        }
        Instant start = start(line, cells[0].strip());
        long open = price(line, "open", cells[1]);
        long high = price(line, "high", cells[2]);
        long low = price(line, "low", cells[3]);
        long close = price(line, "close", cells[4]);
        long volume = volume(line, cells[5].strip());
        if (high < low) {
            throw new BadBarException(line, "high " + cells[2].strip() + " is below low " + cells[3].strip());
        }
        if (open < low || open > high || close < low || close > high) {
            throw new BadBarException(line, "open and close must lie between low and high");
        }
        return new Bar(start, open, high, low, close, volume);
    }

    private Instant start(long line, String text) {
        Instant start;
        try {
            start = Timestamps.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadBarException(line, "unparseable timestamp \"" + text + "\" (use ISO-8601: a date-time such as"
                    + " 2025-01-02T09:15:00+05:30, or a date such as 2025-01-02 for a daily bar)");
        }
        if (interval == Interval.ONE_DAY && IstTime.secondOfDay(start) != 0) {
            throw new BadBarException(line, "a daily candle's timestamp must be midnight IST (its trading date, e.g."
                    + " 2025-01-02 or 2025-01-02T00:00:00+05:30), was " + text);
        }
        if (interval != null && interval.isIntraday() && Timestamps.isDate(text)) {
            throw new BadBarException(line, "a bare date is a daily bar; a " + interval.label() + " candle needs a time"
                    + " of day, was " + text);
        }
        boolean wholeMinute = IstTime.secondOfDay(start) % 60 == 0 && start.getNano() == 0;
        if (interval != null && interval.isIntraday() && !wholeMinute) {
            throw new BadBarException(line, "a " + interval.label() + " candle's timestamp must be on a whole minute,"
                    + " was " + text);
        }
        return start;
    }

    private long price(long line, String column, String text) {
        long paise;
        try {
            paise = Prices.parseRupees(text);
        } catch (IllegalArgumentException e) {
            throw new BadBarException(line, column + " \"" + text.strip() + "\" is not a price in rupees with at most 2"
                    + " decimals");
        }
        if (paise <= 0) {
            throw new BadBarException(line, column + " must be positive, was " + text.strip());
        }
        if (!tick.contains(paise)) {
            throw new BadBarException(line, column + " " + text.strip() + " is off the tick size of "
                    + Prices.toRupees(tick.paise()));
        }
        return paise;
    }

    private static long volume(long line, String text) {
        long plain = plainWholeNumber(text);
        if (plain >= 0) {
            return plain;
        }
        BigDecimal volume;
        try {
            volume = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadBarException(line, "volume \"" + text + "\" is not a whole number");
        }
        if (volume.signum() < 0) {
            throw new BadBarException(line, "volume must not be negative, was " + text);
        }
        try {
            return volume.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadBarException(line, "volume \"" + text + "\" is not a whole number: volumes are whole shares or"
                    + " units");
        }
    }

    /**
     * Digits, optionally followed by a point and zeros ({@code 1200}, {@code 1200.0}), read without BigDecimal: the
     * shapes of nearly every row. -1 for any other shape, which BigDecimal then reads or rejects.
     */
    private static long plainWholeNumber(String text) {
        int point = text.indexOf('.');
        int digits = point < 0 ? text.length() : point;
        if (digits == 0 || digits > 18) {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        for (int i = digits + 1; i < text.length(); i++) {
            if (text.charAt(i) != '0') {
                return -1;
            }
        }
        return value;
    }
}
