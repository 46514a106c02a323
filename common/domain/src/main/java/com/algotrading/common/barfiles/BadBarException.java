package com.algotrading.common.barfiles;

/**
 * A bar file row that cannot be a bar; {@code line} is 1-based, the header being line 1. The message is
 * {@code line N: reason}; {@link #reason()} is the reason alone, for answers that list lines separately.
 */
public final class BadBarException extends IllegalArgumentException {

    private final long line;
    private final String reason;

    public BadBarException(long line, String reason) {
        super("line " + line + ": " + reason);
        this.line = line;
        this.reason = reason;
    }

    public long line() {
        return line;
    }

    public String reason() {
        return reason;
    }

    /** A file can hold millions of bad rows and each is data, not a bug: no stack trace to fill. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
