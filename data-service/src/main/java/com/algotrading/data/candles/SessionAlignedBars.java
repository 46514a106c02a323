package com.algotrading.data.candles;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.function.Consumer;

/**
 * Folds 1-minute bars, in time order, into bars of a longer intraday interval whose buckets start at the NSE
 * session open: 5-minute bars start 09:15, 09:20, …; hourly bars cover 09:15–10:15, …, 15:15–15:30 (the last one
 * is short because the session is). A bucket's bar is emitted when a minute of a later bucket arrives, or on
 * {@link #finish()}. Buckets with no 1-minute bars produce nothing.
 */
final class SessionAlignedBars {

    private final long bucketMinutes;
    private final Consumer<Bar> sink;
    private Instant bucket;
    private long open;
    private long high;
    private long low;
    private long close;
    private long volume;

    SessionAlignedBars(Interval interval, Consumer<Bar> sink) {
        if (!interval.isIntraday()) {
            throw new IllegalArgumentException("daily bars are stored, not derived from minutes");
        }
        this.bucketMinutes = interval.length().toMinutes();
        this.sink = sink;
    }

    /** The start of the session-aligned bucket of this length that contains {@code time}. */
    static Instant bucketStart(Instant time, long bucketMinutes) {
        ZonedDateTime local = time.atZone(IstTime.ZONE);
        LocalDateTime open = local.toLocalDate().atTime(NseCalendar.SESSION_OPEN);
        long minutesSinceOpen = Math.floorDiv(local.toEpochSecond() - open.atZone(IstTime.ZONE).toEpochSecond(),
                60);
        return open.atZone(IstTime.ZONE).toInstant()
                .plusSeconds(Math.floorDiv(minutesSinceOpen, bucketMinutes) * bucketMinutes * 60);
    }

    void accept(Bar minute) {
        Instant start = bucketStart(minute.start(), bucketMinutes);
        if (!start.equals(bucket)) {
            finish();
            bucket = start;
            open = minute.open();
            high = minute.high();
            low = minute.low();
            volume = 0;
        }
        high = Math.max(high, minute.high());
        low = Math.min(low, minute.low());
        close = minute.close();
        volume += minute.volume();
    }

    /** Emits the bar of the bucket in progress, if any. */
    void finish() {
        if (bucket != null) {
            sink.accept(new Bar(bucket, open, high, low, close, volume));
            bucket = null;
        }
    }
}
