package com.algotrading.data.bars;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.Tick;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds 1-minute bars from ticks, per instrument, aligned to whole minutes of the exchange timestamp (IST minutes
 * are whole UTC minutes: +05:30 has no odd seconds).
 *
 * <ul>
 *   <li>A bar closes when a tick of a later minute arrives, or at {@link #closeDue} once its minute has ended plus
 *       the grace period, whichever comes first. A minute without trades makes no bar: there is nothing to draw
 *       and a flat bar would invent a price.</li>
 *   <li>Volume is the increase of the exchange's cumulative day volume between ticks. The first tick seen for an
 *       instrument (or after the day's counter restarts) adds its own trade quantity, since the earlier part of
 *       the day belongs to bars this process never built.</li>
 *   <li>A tick older than the open bar's minute (late) adds its volume to the open bar but not its price; a tick
 *       for a minute whose bar already closed is dropped and counted in {@link #lateTicksDropped()}.</li>
 * </ul>
 * Thread-safe: ticks and the closing timer come from different threads.
 */
final class BarAggregator {

    private record Key(Exchange exchange, InstrumentToken token) {
    }

    /** One instrument's state. */
    private static final class Builder {
        long minute = Long.MIN_VALUE;
        long closedMinute = Long.MIN_VALUE;
        boolean open;
        long high;
        long low;
        long first;
        long last;
        long volume;
        long volumeToday = -1;
    }

    private final Map<Key, Builder> builders = new HashMap<>();
    private final long graceMillis;
    private final Consumer<ClosedBar> sink;
    private long lateTicksDropped;

    public BarAggregator(Duration grace, Consumer<ClosedBar> sink) {
        this.graceMillis = grace.toMillis();
        this.sink = sink;
    }

    public synchronized void onTick(Tick tick) {
        Key key = new Key(tick.exchange(), tick.token());
        Builder builder = builders.computeIfAbsent(key, ignored -> new Builder());
        long minute = Math.floorDiv(tick.exchangeTime().toEpochMilli(), 60_000L);
        long traded = volumeDelta(builder, tick);
        if (builder.open && minute > builder.minute) {
            close(key, builder);
        }
        if (builder.open && minute < builder.minute) {
            builder.volume += traded;
            return;
        }
        if (!builder.open && minute <= builder.closedMinute) {
            lateTicksDropped++;
            return;
        }
        if (!builder.open) {
            builder.open = true;
            builder.minute = minute;
            builder.first = tick.lastPrice();
            builder.high = tick.lastPrice();
            builder.low = tick.lastPrice();
            builder.volume = 0;
        }
        builder.high = Math.max(builder.high, tick.lastPrice());
        builder.low = Math.min(builder.low, tick.lastPrice());
        builder.last = tick.lastPrice();
        builder.volume += traded;
    }

    /** Closes every bar whose minute ended at least the grace period before {@code now}. */
    public synchronized void closeDue(Instant now) {
        long due = now.toEpochMilli() - graceMillis;
        for (Iterator<Map.Entry<Key, Builder>> entries = builders.entrySet().iterator(); entries.hasNext(); ) {
            Map.Entry<Key, Builder> entry = entries.next();
            Builder builder = entry.getValue();
            if (builder.open && (builder.minute + 1) * 60_000L <= due) {
                close(entry.getKey(), builder);
            }
        }
    }

    public synchronized long lateTicksDropped() {
        return lateTicksDropped;
    }

    private static long volumeDelta(Builder builder, Tick tick) {
        long previous = builder.volumeToday;
        builder.volumeToday = tick.volumeToday();
        if (previous < 0 || tick.volumeToday() < previous) {
            return tick.lastQuantity();
        }
        return tick.volumeToday() - previous;
    }

    private void close(Key key, Builder builder) {
        builder.open = false;
        builder.closedMinute = builder.minute;
        Bar bar = new Bar(Instant.ofEpochMilli(builder.minute * 60_000L), builder.first, builder.high, builder.low,
                builder.last, builder.volume);
        sink.accept(new ClosedBar(key.exchange(), key.token(), bar));
    }
}
