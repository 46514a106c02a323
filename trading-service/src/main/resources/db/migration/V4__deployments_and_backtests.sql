-- Strategy deployments: what a trader asked to run, and where each running one is in the bar stream.
CREATE TABLE deployments (
    id            TEXT        PRIMARY KEY,
    name          TEXT        NOT NULL,
    strategy      TEXT        NOT NULL,
    parameters    JSONB       NOT NULL,
    instruments   TEXT[]      NOT NULL,
    bar_interval  TEXT        NOT NULL,
    sizing        JSONB       NOT NULL,
    product       TEXT        NOT NULL,
    exits         JSONB       NOT NULL,
    -- what the trader asked for: RUNNING resumes after a restart; HALTED is the platform's, shown, never stored
    status        TEXT        NOT NULL CHECK (status IN ('STOPPED', 'RUNNING')),
    -- the last risk denial of one of its orders, shown with its status
    last_denial   TEXT,
    -- the data-service bar stream's id of the last bar acted on: a restart resumes after it
    last_event_id TEXT,
    bars_seen     BIGINT      NOT NULL DEFAULT 0,
    last_bar_time TIMESTAMPTZ,
    created_at    TIMESTAMPTZ NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL
);

-- Why a deployment sent an order (the strategy's signal, a stop, the square-off ...), for its round trips.
CREATE TABLE deployment_orders (
    order_id      UUID        PRIMARY KEY REFERENCES orders (id),
    deployment_id TEXT        NOT NULL REFERENCES deployments (id) ON DELETE CASCADE,
    reason        TEXT        NOT NULL,
    -- the bar whose close decided it; NULL for a stop or target seen on a tick between bars
    decided_on    TIMESTAMPTZ
);

CREATE INDEX deployment_orders_deployment ON deployment_orders (deployment_id);

-- Backtests run through the API, kept for comparison.
CREATE TABLE backtest_runs (
    id          TEXT        PRIMARY KEY,
    status      TEXT        NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    progress    NUMERIC     NOT NULL DEFAULT 0,
    request     JSONB       NOT NULL,
    -- the CLI's --json document, kept as written (JSONB would reorder its fields and rewrite its numbers)
    result      TEXT,
    error       TEXT,
    created_at  TIMESTAMPTZ NOT NULL,
    finished_at TIMESTAMPTZ
);

CREATE INDEX backtest_runs_created_at ON backtest_runs (created_at DESC);
