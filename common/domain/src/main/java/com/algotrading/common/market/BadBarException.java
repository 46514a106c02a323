package com.algotrading.common.market;

/** A bar file row that cannot be a bar; {@code line} is 1-based, the header being line 1. */
public final class BadBarException extends IllegalArgumentException {

    private final long line;

    public BadBarException(long line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
