package com.algotrading.common.barfiles;

import com.algotrading.common.market.Bar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Puts a file's bars oldest first, as the engine needs them. A file already in order (nearly all) costs one comparison
 * a row. Otherwise the rows are sorted by time, keeping file order among equal times, and each row whose time an
 * earlier line already had is bad: the first line keeps the time, as in the candle import.
 */
final class TimeOrder {

    private record Numbered(long line, Bar bar) {
    }

    private final List<Bar> bars = new ArrayList<>();
    private long[] lines = new long[1024];
    private boolean ascending = true;

    void add(long line, Bar bar) {
        if (!bars.isEmpty() && !bar.start().isAfter(bars.getLast().start())) {
            ascending = false;
        }
        if (bars.size() == lines.length) {
            lines = Arrays.copyOf(lines, lines.length * 2);
        }
        lines[bars.size()] = line;
        bars.add(bar);
    }

    /** The bars in time order, each repeated time reported to {@code bad} (in line order) and left out. */
    List<Bar> bars(Consumer<BadBarException> bad) {
        if (ascending) {
            return bars;
        }
        Numbered[] rows = new Numbered[bars.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Numbered(lines[i], bars.get(i));
        }
        Arrays.sort(rows, Comparator.comparing((Numbered row) -> row.bar().start()));
        List<Bar> ordered = new ArrayList<>(rows.length);
        List<BadBarException> repeated = new ArrayList<>();
        Numbered kept = null;
        for (Numbered row : rows) {
            if (kept != null && row.bar().start().equals(kept.bar().start())) {
                repeated.add(new BadBarException(row.line(), "duplicate timestamp: line " + kept.line()
                        + " has the same one"));
            } else {
                kept = row;
                ordered.add(row.bar());
            }
        }
        repeated.stream().sorted(Comparator.comparingLong(BadBarException::line)).forEach(bad);
        return ordered;
    }
}
