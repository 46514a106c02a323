-- Each run of the S3 archive: which trading day, where it went, and whether reading it back matched.
CREATE TABLE archive_runs (
    id            BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    trading_day   DATE        NOT NULL,
    object_key    TEXT        NOT NULL,
    status        TEXT        NOT NULL CHECK (status IN ('VERIFIED', 'FAILED')),
    rows_written  BIGINT      NOT NULL,
    rows_verified BIGINT,
    error         TEXT,
    started_at    TIMESTAMPTZ NOT NULL,
    finished_at   TIMESTAMPTZ NOT NULL
);
