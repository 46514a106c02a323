-- Every decision the trading service takes that a trader or an auditor may ask about later
-- (risk denials, kill switch, strategy start/stop, reconciliation outcomes), append-only.
CREATE TABLE audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    actor       TEXT        NOT NULL,
    action      TEXT        NOT NULL,
    details     JSONB       NOT NULL DEFAULT '{}'::jsonb
);

CREATE INDEX audit_log_occurred_at ON audit_log (occurred_at);
