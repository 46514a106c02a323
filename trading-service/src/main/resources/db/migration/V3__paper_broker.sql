-- The paper broker's own books. It is a broker like any other: the order manager reaches it only through the broker
-- port and reconciles against these books exactly as it would against Angel One's.

CREATE TABLE paper_orders (
    client_order_id TEXT        PRIMARY KEY,
    broker_order_id TEXT        NOT NULL UNIQUE,
    symbol          TEXT        NOT NULL,
    side            TEXT        NOT NULL,
    quantity        BIGINT      NOT NULL,
    filled_quantity BIGINT      NOT NULL DEFAULT 0,
    filled_value    BIGINT      NOT NULL DEFAULT 0,
    order_type      TEXT        NOT NULL,
    price           BIGINT,
    trigger_price   BIGINT,
    product         TEXT        NOT NULL,
    status          TEXT        NOT NULL,
    reason          TEXT,
    -- a stop-loss order whose trigger was reached: it now rests as the limit (SL) it carries
    triggered       BOOLEAN     NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

CREATE INDEX paper_orders_open ON paper_orders (symbol) WHERE status = 'OPEN';

CREATE TABLE paper_fills (
    trade_id        TEXT        PRIMARY KEY,
    client_order_id TEXT        NOT NULL REFERENCES paper_orders (client_order_id),
    quantity        BIGINT      NOT NULL,
    price           BIGINT      NOT NULL,
    charges         BIGINT      NOT NULL,
    filled_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE paper_positions (
    symbol   TEXT   NOT NULL,
    product  TEXT   NOT NULL,
    quantity BIGINT NOT NULL,
    cost     BIGINT NOT NULL,
    realised BIGINT NOT NULL,
    PRIMARY KEY (symbol, product)
);

-- One row: the paper account's cash side; created on first use with PAPER_CAPITAL.
CREATE TABLE paper_account (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    capital  BIGINT   NOT NULL,
    realised BIGINT   NOT NULL,
    charges  BIGINT   NOT NULL
);
