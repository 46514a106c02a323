package com.algotrading.data.backfill;

import com.algotrading.common.market.Interval;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code backfill_jobs} and {@code backfill_gaps} tables. */
@Repository
class BackfillJobs {

    private static final RowMapper<BackfillJob> ROW = (row, index) -> new BackfillJob(row.getObject("id", UUID.class),
            row.getInt("instrument_id"), Interval.parse(row.getString("interval")),
            row.getTimestamp("from_time").toInstant(), row.getTimestamp("to_time").toInstant(),
            BackfillJob.Status.valueOf(row.getString("status")), row.getInt("chunks_total"), row.getInt("chunks_done"),
            row.getLong("candles_written"), row.getString("error"));

    private final JdbcTemplate jdbc;

    BackfillJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void create(BackfillJob job) {
        jdbc.update("INSERT INTO backfill_jobs (id, instrument_id, interval, from_time, to_time, status, chunks_total)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", job.id(), job.instrumentId(), job.interval().label(),
                Timestamp.from(job.from()), Timestamp.from(job.to()), job.status().name(), job.chunksTotal());
    }

    Optional<BackfillJob> find(UUID id) {
        return jdbc.query("SELECT * FROM backfill_jobs WHERE id = ?", ROW, id).stream().findFirst();
    }

    List<BackfillJob> running() {
        return jdbc.query("SELECT * FROM backfill_jobs WHERE status = 'RUNNING' ORDER BY created_at", ROW);
    }

    void chunkDone(UUID id, int chunksDone, long written) {
        jdbc.update("UPDATE backfill_jobs SET chunks_done = ?, candles_written = candles_written + ? WHERE id = ?",
                chunksDone, written, id);
    }

    void finish(UUID id, List<Gaps.Gap> gaps) {
        jdbc.update("DELETE FROM backfill_gaps WHERE job_id = ?", id);
        jdbc.batchUpdate("INSERT INTO backfill_gaps (job_id, from_time, to_time) VALUES (?, ?, ?)", gaps, 1_000,
                (statement, gap) -> {
                    statement.setObject(1, id);
                    statement.setTimestamp(2, Timestamp.from(gap.from()));
                    statement.setTimestamp(3, Timestamp.from(gap.to()));
                });
        jdbc.update("UPDATE backfill_jobs SET status = 'DONE' WHERE id = ?", id);
    }

    void fail(UUID id, String error) {
        jdbc.update("UPDATE backfill_jobs SET status = 'FAILED', error = ? WHERE id = ?", error, id);
    }

    List<Gaps.Gap> gaps(UUID id, int limit) {
        return jdbc.query("SELECT from_time, to_time FROM backfill_gaps WHERE job_id = ? ORDER BY from_time LIMIT ?",
                (row, index) -> new Gaps.Gap(row.getTimestamp(1).toInstant(), row.getTimestamp(2).toInstant()), id,
                limit);
    }

    int gapCount(UUID id) {
        return jdbc.queryForObject("SELECT count(*) FROM backfill_gaps WHERE job_id = ?", Integer.class, id);
    }
}
