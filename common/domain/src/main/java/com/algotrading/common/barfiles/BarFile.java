package com.algotrading.common.barfiles;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Prices;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Bar files as the backtest CLI, the candle import, {@code GET /api/v1/candles?format=csv} and the S3 archive read
 * and write them: the header {@code timestamp,open,high,low,close,volume} (any case, spaces around names, a UTF-8
 * byte-order mark), then one bar per line as {@link RowCheck} reads it; blank lines are skipped. Rows may come in any
 * order (newest first, as many exports are): a bar is keyed by its time, so a repeated time is the bad row, not a
 * misplaced one. The writer puts times at +05:30 to the second ({@code 2025-01-02T09:15:00+05:30}; a daily bar is
 * {@code 2025-01-02T00:00:00+05:30}, its trading date's midnight) and rupees with two decimals.
 */
public final class BarFile {

    public static final String HEADER = "timestamp,open,high,low,close,volume";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX")
            .withZone(IstTime.ZONE);
    private static final int QUOTED_HEADER = 80;

    /** Receives each good row with its line number. */
    @FunctionalInterface
    public interface Rows {
        void accept(long line, Bar bar) throws IOException;
    }

    private BarFile() {
    }

    public static boolean isHeader(String line) {
        return line.strip().replace("\uFEFF", "").replace(" ", "").equalsIgnoreCase(HEADER);
    }

    /** One row, without the line break. */
    public static String row(Bar bar) {
        return TIME.format(bar.start()) + "," + Prices.toRupees(bar.open()) + "," + Prices.toRupees(bar.high()) + ","
                + Prices.toRupees(bar.low()) + "," + Prices.toRupees(bar.close()) + "," + bar.volume();
    }

    /** The header and the bars, in the order given, each line ending in {@code \n}. */
    public static void write(Iterable<Bar> bars, Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (Bar bar : bars) {
            out.write(row(bar));
            out.write('\n');
        }
    }

    /**
     * Streams a file: each good row to {@code rows}, each bad one to {@code bad} (which may throw to stop).
     *
     * @throws BadBarException (line 1) when the first line is not the header
     */
    public static void stream(BufferedReader in, RowCheck check, Rows rows, Consumer<BadBarException> bad)
            throws IOException {
        String header = in.readLine();
        if (header == null || !isHeader(header)) {
            throw new BadBarException(1, "the first line must be the header " + HEADER + (header == null
                    ? "; the file is empty" : ", was \"" + abbreviated(header) + "\""));
        }
        long line = 1;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            line++;
            if (text.isBlank()) {
                continue;
            }
            Bar bar;
            try {
                bar = check.parse(line, text);
            } catch (BadBarException e) {
                bad.accept(e);
                continue;
            }
            rows.accept(line, bar);
        }
    }

    /**
     * A backtest's bars ({@link RowCheck#anyBars()}), oldest first whatever the file's order.
     *
     * @param skipped receives each bad row when bad rows are skipped; {@code null} stops at the first one
     * @throws BadBarException naming the line and the reason, for a bad header or (unless skipping) a bad row
     */
    public static List<Bar> read(BufferedReader in, Consumer<BadBarException> skipped) {
        Consumer<BadBarException> bad = skipped != null ? skipped : e -> {
            throw e;
        };
        TimeOrder order = new TimeOrder();
        try {
            stream(in, RowCheck.anyBars(), order::add, bad);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return order.bars(bad);
    }

    private static String abbreviated(String text) {
        return text.length() <= QUOTED_HEADER ? text : text.substring(0, QUOTED_HEADER) + "…";
    }
}
