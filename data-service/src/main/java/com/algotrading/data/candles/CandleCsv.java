package com.algotrading.data.candles;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Prices;
import com.algotrading.common.market.Timestamps;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The candle CSV format, read by the import and written by {@code GET /api/v1/candles?format=csv} (and read by the
 * backtest CLI): header {@code timestamp,open,high,low,close,volume}; timestamp ISO-8601 with offset
 * ({@code 2024-01-02T09:15:00+05:30}), or without one meaning IST, or a plain date for daily candles; prices in
 * rupees with at most two decimals; volume a whole number.
 */
final class CandleCsv {

    static final String HEADER = "timestamp,open,high,low,close,volume";
    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");

    /** Thrown for a row that breaks a rule; the message is the reason shown to the user. */
    static final class RowRejected extends Exception {
        RowRejected(String reason) {
            super(reason, null, false, false);
        }
    }

    private CandleCsv() {
    }

    static boolean isHeader(String line) {
        return line.strip().replace("\uFEFF", "").replace(" ", "").equalsIgnoreCase(HEADER);
    }

    /**
     * Parses and validates one data row.
     *
     * @param tickSize the instrument's tick in paise; every price must be a multiple of it
     */
    static Bar parse(String line, Interval interval, long tickSize) throws RowRejected {
        String[] cells = line.split(",", -1);
        if (cells.length != 6) {
            throw new RowRejected("expected 6 columns (" + HEADER + "), found " + cells.length);
        }
        Instant time = timestamp(cells[0].strip(), interval);
        long open = price("open", cells[1], tickSize);
        long high = price("high", cells[2], tickSize);
        long low = price("low", cells[3], tickSize);
        long close = price("close", cells[4], tickSize);
        long volume = volume(cells[5]);
        if (high < low) {
            throw new RowRejected("high " + cells[2].strip() + " is below low " + cells[3].strip());
        }
        if (open < low || open > high || close < low || close > high) {
            throw new RowRejected("open and close must lie between low and high");
        }
        return new Bar(time, open, high, low, close, volume);
    }

    static String format(Bar bar) {
        return WRITTEN.format(OffsetDateTime.ofInstant(bar.start(), IstTime.OFFSET)) + "," + Prices.toRupees(bar.open()) + ","
                + Prices.toRupees(bar.high()) + "," + Prices.toRupees(bar.low()) + ","
                + Prices.toRupees(bar.close()) + "," + bar.volume();
    }

    private static Instant timestamp(String text, Interval interval) throws RowRejected {
        Instant time = parseTime(text);
        long secondsIntoDay = IstTime.secondOfDay(time);
        if (interval == Interval.ONE_DAY && secondsIntoDay != 0) {
            throw new RowRejected("a daily candle's timestamp must be midnight IST, was " + text);
        }
        if (secondsIntoDay % 60 != 0 || time.getNano() != 0) {
            throw new RowRejected("a 1-minute candle's timestamp must be on a whole minute, was " + text);
        }
        return time;
    }

    private static Instant parseTime(String text) throws RowRejected {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(IstTime.ZONE).toInstant()
                    : Timestamps.parseDateTime(text);
        } catch (DateTimeParseException e) {
            throw new RowRejected("unparseable timestamp \"" + text + "\" (use ISO-8601, e.g. 2024-01-02T09:15:00+05:30)");
        }
    }

    private static long price(String column, String text, long tickSize) throws RowRejected {
        long paise;
        try {
            paise = Prices.parseRupees(text);
        } catch (IllegalArgumentException e) {
            throw new RowRejected(column + " \"" + text.strip() + "\" is not a price in rupees with at most 2 decimals");
        }
        if (paise <= 0) {
            throw new RowRejected(column + " must be positive, was " + text.strip());
        }
        if (paise % tickSize != 0) {
            throw new RowRejected(column + " " + text.strip() + " is off the tick size of "
                    + Prices.toRupees(tickSize));
        }
        return paise;
    }

    private static long volume(String text) throws RowRejected {
        long volume;
        try {
            volume = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new RowRejected("volume \"" + text.strip() + "\" is not a whole number");
        }
        if (volume < 0) {
            throw new RowRejected("volume must not be negative, was " + volume);
        }
        return volume;
    }
}
