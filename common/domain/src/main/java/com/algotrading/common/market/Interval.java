package com.algotrading.common.market;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Candle intervals: the platform's short label ({@code 5m}), and Angel One's name ({@code FIVE_MINUTE}).
 * Intraday intervals are aligned to the NSE session open (09:15 IST), not to the clock hour.
 */
public enum Interval {
    ONE_MINUTE("1m", Duration.ofMinutes(1)),
    THREE_MINUTE("3m", Duration.ofMinutes(3)),
    FIVE_MINUTE("5m", Duration.ofMinutes(5)),
    TEN_MINUTE("10m", Duration.ofMinutes(10)),
    FIFTEEN_MINUTE("15m", Duration.ofMinutes(15)),
    THIRTY_MINUTE("30m", Duration.ofMinutes(30)),
    ONE_HOUR("1h", Duration.ofHours(1)),
    ONE_DAY("1d", Duration.ofDays(1));

    private final String label;
    private final Duration length;

    Interval(String label, Duration length) {
        this.label = label;
        this.length = length;
    }

    public String label() {
        return label;
    }

    public Duration length() {
        return length;
    }

    public boolean isIntraday() {
        return this != ONE_DAY;
    }

    /** The broker's name, as in {@code getCandleData}'s {@code interval}. */
    public String angelOneName() {
        return name();
    }

    /**
     * @throws IllegalArgumentException listing the valid labels
     */
    public static Interval parse(String label) {
        for (Interval interval : values()) {
            if (interval.label.equals(label)) {
                return interval;
            }
        }
        throw new IllegalArgumentException("unknown interval \"" + label + "\"; valid: " + validLabels());
    }

    public static String validLabels() {
        return Arrays.stream(values()).map(Interval::label).collect(Collectors.joining(", "));
    }
}
