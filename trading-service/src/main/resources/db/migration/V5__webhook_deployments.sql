-- A webhook deployment's secret, as SHA-256: an alert carries the secret in its body; the secret itself is shown once.
ALTER TABLE deployments ADD COLUMN webhook_secret_sha256 BYTEA;

-- The last alert of each kind a webhook deployment took, for its duplicate window: the same alert again (same action,
-- symbol, quantity and price) within the window is acknowledged and sends no order. One row per kind: only the
-- latest matters, and taking a new one is a single atomic upsert, so two copies racing each other send one order.
CREATE TABLE webhook_alerts (
    deployment_id TEXT        NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
    fingerprint   TEXT        NOT NULL,
    -- names the order it sends (as its idempotency key): a copy that finds no outcome yet asks for the same order
    alert_id      UUID        NOT NULL,
    received_at   TIMESTAMPTZ NOT NULL,
    -- what became of it (the order's id, or the risk denial); NULL until it is known
    outcome       TEXT,
    PRIMARY KEY (deployment_id, fingerprint)
);
