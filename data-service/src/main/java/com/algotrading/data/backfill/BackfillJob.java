package com.algotrading.data.backfill;

import com.algotrading.common.market.Interval;

import java.time.Instant;
import java.util.UUID;

/** A backfill job's saved state. */
record BackfillJob(UUID id, int instrumentId, Interval interval, Instant from, Instant to, Status status,
                   int chunksTotal, int chunksDone, long candlesWritten, String error) {

    enum Status { RUNNING, DONE, FAILED }
}
