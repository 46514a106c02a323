package com.algotrading.data.candles;

import java.util.List;

/**
 * What an import wrote.
 *
 * @param badRowCount every bad row; {@code badRows} lists the first {@link CandleImport#MAX_LISTED_BAD_ROWS}
 */
public record ImportResult(long inserted, long updated, long badRowCount, List<BadRow> badRows) {
}
