package com.algotrading.data.archive;

import java.time.Instant;
import java.time.LocalDate;

/** One archive run as recorded. */
record ArchiveRun(long id, LocalDate tradingDay, String objectKey, String status, long rowsWritten,
                  Long rowsVerified, String error, Instant startedAt, Instant finishedAt) {
}
