package com.algotrading.common.market;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Bars as CSV: header {@code timestamp,open,high,low,close,volume}; timestamp ISO-8601, either a date (a daily bar,
 * labelled at that day's 09:15 IST session open) or a date-time as {@link Timestamps} reads it (no offset means
 * IST); prices in rupees with at most two decimals; whole volumes. Rows must be in strictly increasing time order.
 */
public final class BarCsv {

    public static final String HEADER = "timestamp,open,high,low,close,volume";

    private BarCsv() {
    }

    /**
     * @param skipped receives each bad row's problem when bad rows are skipped; {@code null} stops at the first one
     * @throws BadBarException naming the line and the reason, for a bad header or (unless skipping) a bad row
     */
    public static List<Bar> read(BufferedReader reader, Consumer<BadBarException> skipped) {
        List<Bar> bars = new ArrayList<>();
        try {
            String header = reader.readLine();
            if (header == null || !header.strip().replace(" ", "").equalsIgnoreCase(HEADER)) {
                throw new BadBarException(1, "expected the header " + HEADER + ", got " + header);
            }
            long lineNumber = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Bar bar = parse(lineNumber, line);
                    if (!bars.isEmpty() && !bar.start().isAfter(bars.getLast().start())) {
                        throw new BadBarException(lineNumber, "timestamp " + bar.start() + " is not after the previous row's");
                    }
                    bars.add(bar);
                } catch (BadBarException e) {
                    if (skipped == null) {
                        throw e;
                    }
                    skipped.accept(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bars;
    }

    private static Bar parse(long lineNumber, String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 6) {
            throw new BadBarException(lineNumber, "expected 6 fields, got " + fields.length);
        }
        try {
            return new Bar(timestamp(fields[0].strip()), Prices.parseRupees(fields[1]), Prices.parseRupees(fields[2]),
                    Prices.parseRupees(fields[3]), Prices.parseRupees(fields[4]), Long.parseLong(fields[5].strip()));
        } catch (DateTimeParseException e) {
            throw new BadBarException(lineNumber, "timestamp \"" + fields[0] + "\" is neither an ISO date nor an ISO date-time");
        } catch (NumberFormatException e) {
            throw new BadBarException(lineNumber, "volume \"" + fields[5] + "\" is not a whole number");
        } catch (IllegalArgumentException e) {
            throw new BadBarException(lineNumber, e.getMessage());
        }
    }

    private static Instant timestamp(String text) {
        return text.length() == 10 ? LocalDate.parse(text).atTime(NseCalendar.SESSION_OPEN).atZone(IstTime.ZONE).toInstant()
                : Timestamps.parseDateTime(text);
    }

    /** Writes bars with IST date-time timestamps, readable by {@link #read}. */
    public static void write(List<Bar> bars, Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (Bar bar : bars) {
            out.write(OffsetDateTime.ofInstant(bar.start(), IstTime.ZONE) + "," + Prices.toRupees(bar.open()) + ","
                    + Prices.toRupees(bar.high()) + "," + Prices.toRupees(bar.low()) + "," + Prices.toRupees(bar.close()) + ","
                    + bar.volume() + "\n");
        }
    }
}
