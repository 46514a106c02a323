-- Order management: orders, their fills, the account's positions, the risk state, the event log.
-- Prices and money are BIGINT paise. Times are UTC; trading_day is the IST date.

CREATE TABLE orders (
    id                      UUID        PRIMARY KEY,
    client_order_id         TEXT        NOT NULL UNIQUE,
    broker_order_id         TEXT,
    symbol                  TEXT        NOT NULL,
    side                    TEXT        NOT NULL,
    quantity                BIGINT      NOT NULL CHECK (quantity > 0),
    filled_quantity         BIGINT      NOT NULL DEFAULT 0 CHECK (filled_quantity BETWEEN 0 AND quantity),
    filled_value            BIGINT      NOT NULL DEFAULT 0,
    order_type              TEXT        NOT NULL,
    price                   BIGINT,
    trigger_price           BIGINT,
    product                 TEXT        NOT NULL,
    status                  TEXT        NOT NULL,
    reason                  TEXT,
    deployment_id           TEXT,
    origin                  TEXT        NOT NULL,
    -- what risk decided: the order only reduces a position (MAX_DAILY_TRADES counts the others)
    reducing                BOOLEAN     NOT NULL,
    trading_day             DATE        NOT NULL,
    -- set when the order left NEW towards the broker (SENT or UNKNOWN): from then on it counts as sent
    sent_at                 TIMESTAMPTZ,
    actor                   TEXT        NOT NULL,
    idempotency_key         TEXT        UNIQUE,
    idempotency_fingerprint TEXT,
    created_at              TIMESTAMPTZ NOT NULL,
    updated_at              TIMESTAMPTZ NOT NULL
);

CREATE INDEX orders_in_flight ON orders (created_at) WHERE status NOT IN ('FILLED', 'CANCELLED', 'REJECTED');
CREATE INDEX orders_created_at ON orders (created_at DESC);
CREATE INDEX orders_trading_day ON orders (trading_day) WHERE NOT reducing AND sent_at IS NOT NULL;

-- Executions as the broker reported them; (order_id, trade_id) makes a fill seen twice (update and poll) count once.
CREATE TABLE fills (
    order_id    UUID        NOT NULL REFERENCES orders (id),
    trade_id    TEXT        NOT NULL,
    symbol      TEXT        NOT NULL,
    side        TEXT        NOT NULL,
    product     TEXT        NOT NULL,
    quantity    BIGINT      NOT NULL CHECK (quantity > 0),
    price       BIGINT      NOT NULL CHECK (price > 0),
    charges     BIGINT      NOT NULL,
    filled_at   TIMESTAMPTZ NOT NULL,
    trading_day DATE        NOT NULL,
    PRIMARY KEY (order_id, trade_id)
);

CREATE INDEX fills_filled_at ON fills (filled_at);

-- The account's net positions by instrument and product (average-price accounting, as the broker nets them).
CREATE TABLE positions (
    symbol       TEXT        NOT NULL,
    product      TEXT        NOT NULL,
    quantity     BIGINT      NOT NULL,
    cost         BIGINT      NOT NULL,
    realised     BIGINT      NOT NULL,
    day          DATE        NOT NULL,
    day_realised BIGINT      NOT NULL,
    day_charges  BIGINT      NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (symbol, product)
);

-- One row: the risk state (a kill switch survives restarts), the limits an admin set (NULL: the environment's).
CREATE TABLE risk_state (
    id         SMALLINT    PRIMARY KEY CHECK (id = 1),
    state      TEXT        NOT NULL,
    reason     TEXT,
    day        DATE        NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    limits     JSONB
);

CREATE TABLE equity_snapshots (
    taken_at TIMESTAMPTZ PRIMARY KEY,
    equity   BIGINT      NOT NULL
);

-- The event stream (GET /api/v1/events): one writer appends, so ids grow in commit order and resume has no gap.
CREATE TABLE events (
    id          BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    type        TEXT        NOT NULL,
    payload     JSONB       NOT NULL
);
