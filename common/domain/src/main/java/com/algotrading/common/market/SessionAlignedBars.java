package com.algotrading.common.market;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.function.Consumer;

/**
 * Folds 1-minute bars, in time order, into bars of a longer intraday interval whose buckets start at the NSE session
 * open: 5-minute bars start 09:15, 09:20, …; hourly bars cover 09:15–10:15, …, 15:15–15:30 (the last one is short
 * because the session is). The one way the platform derives intervals: the data-service for stored candles, the
 * trading-service for live deployments. A bucket's bar is emitted as soon as its last minute arrives (so a live 5m bar
 * is decided on at 09:20, not when 09:20's minute comes), or when a minute of a later bucket arrives (its last minute
 * was missing), or on {@link #finish()}. Buckets with no 1-minute bars produce nothing.
 */
public final class SessionAlignedBars {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final long bucketMinutes;
    private final Consumer<Bar> sink;
    private Instant bucket;
    private Instant bucketEnd;
    private long open;
    private long high;
    private long low;
    private long close;
    private long volume;

    public SessionAlignedBars(Interval interval, Consumer<Bar> sink) {
        if (!interval.isIntraday()) {
            throw new IllegalArgumentException("daily bars are stored, not derived from minutes");
        }
        this.bucketMinutes = interval.length().toMinutes();
        this.sink = sink;
    }

    /** The start of the session-aligned bucket of this length that contains {@code time}. */
    public static Instant bucketStart(Instant time, long bucketMinutes) {
        ZonedDateTime local = time.atZone(IstTime.ZONE);
        LocalDateTime open = local.toLocalDate().atTime(NseCalendar.SESSION_OPEN);
        long minutesSinceOpen = Math.floorDiv(local.toEpochSecond() - open.atZone(IstTime.ZONE).toEpochSecond(), 60);
        return open.atZone(IstTime.ZONE).toInstant()
                .plusSeconds(Math.floorDiv(minutesSinceOpen, bucketMinutes) * bucketMinutes * 60);
    }

    public void accept(Bar minute) {
        Instant start = bucketStart(minute.start(), bucketMinutes);
        if (!start.equals(bucket)) {
            finish();
            bucket = start;
            bucketEnd = end(start);
            open = minute.open();
            high = minute.high();
            low = minute.low();
            volume = 0;
        }
        high = Math.max(high, minute.high());
        low = Math.min(low, minute.low());
        close = minute.close();
        volume += minute.volume();
        if (!minute.start().plus(MINUTE).isBefore(bucketEnd)) {
            finish();
        }
    }

    /** Emits the bar of the bucket in progress, if any. */
    public void finish() {
        if (bucket != null) {
            sink.accept(new Bar(bucket, open, high, low, close, volume));
            bucket = null;
        }
    }

    /** A bucket ends after its length, or at the session close when that comes first (the short last hour). */
    private Instant end(Instant start) {
        Instant full = start.plusSeconds(bucketMinutes * 60);
        Instant close = start.atZone(IstTime.ZONE).toLocalDate().atTime(NseCalendar.SESSION_CLOSE).atZone(IstTime.ZONE)
                .toInstant();
        return start.isBefore(close) && full.isAfter(close) ? close : full;
    }
}
