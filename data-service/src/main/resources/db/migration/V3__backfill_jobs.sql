-- Backfill jobs from Angel One's candle API. Progress is saved after every chunk, so a restarted service resumes
-- a RUNNING job at its next chunk.
CREATE TABLE backfill_jobs (
    id              UUID        PRIMARY KEY,
    instrument_id   INTEGER     NOT NULL REFERENCES instruments (id),
    interval        TEXT        NOT NULL CHECK (interval IN ('1m', '1d')),
    from_time       TIMESTAMPTZ NOT NULL,
    to_time         TIMESTAMPTZ NOT NULL,
    status          TEXT        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    chunks_total    INTEGER     NOT NULL,
    chunks_done     INTEGER     NOT NULL DEFAULT 0,
    candles_written BIGINT      NOT NULL DEFAULT 0,
    error           TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (from_time < to_time)
);

-- Trading minutes (or days) inside a finished job's range that the broker had no candle for.
CREATE TABLE backfill_gaps (
    job_id    UUID        NOT NULL REFERENCES backfill_jobs (id) ON DELETE CASCADE,
    from_time TIMESTAMPTZ NOT NULL,
    to_time   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (job_id, from_time)
);
