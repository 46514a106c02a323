package com.algotrading.data.backfill;

import com.algotrading.common.market.Interval;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Splits a range into the broker's per-request maximum (reference §1a: days per interval). */
final class Chunks {

    private static final Map<Interval, Integer> MAX_DAYS = Map.of(
            Interval.ONE_MINUTE, 30, Interval.THREE_MINUTE, 60, Interval.FIVE_MINUTE, 100,
            Interval.TEN_MINUTE, 100, Interval.FIFTEEN_MINUTE, 200, Interval.THIRTY_MINUTE, 200,
            Interval.ONE_HOUR, 400, Interval.ONE_DAY, 2000);

    /** A half-open window [from, to). */
    record Chunk(Instant from, Instant to) {
    }

    private Chunks() {
    }

    static List<Chunk> of(Interval interval, Instant from, Instant to) {
        long step = MAX_DAYS.get(interval);
        List<Chunk> chunks = new ArrayList<>();
        for (Instant start = from; start.isBefore(to); start = start.plus(step, ChronoUnit.DAYS)) {
            Instant end = start.plus(step, ChronoUnit.DAYS);
            chunks.add(new Chunk(start, end.isBefore(to) ? end : to));
        }
        return chunks;
    }
}
