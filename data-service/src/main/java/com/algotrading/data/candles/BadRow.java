package com.algotrading.data.candles;

/** A CSV row that cannot be imported, with its 1-based line number in the file and why. */
public record BadRow(long line, String reason) {
}
