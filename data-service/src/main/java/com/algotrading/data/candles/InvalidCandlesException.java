package com.algotrading.data.candles;

import java.util.List;

/**
 * An import refused because rows were bad; nothing was written. {@code badRows} lists the first
 * {@link CandleImport#MAX_LISTED_BAD_ROWS} of them in line order, {@code badRowCount} counts all.
 */
public final class InvalidCandlesException extends RuntimeException {

    private final long badRowCount;
    private final List<BadRow> badRows;

    InvalidCandlesException(long badRowCount, List<BadRow> badRows) {
        super(badRowCount + " bad row(s); nothing was written");
        this.badRowCount = badRowCount;
        this.badRows = List.copyOf(badRows);
    }

    public long badRowCount() {
        return badRowCount;
    }

    public List<BadRow> badRows() {
        return badRows;
    }
}
