-- Tradable instruments as Angel One's instrument master describes them; prices in paise.
-- id is a compact surrogate so the (large) candles table does not repeat exchange and token on every row.
CREATE TABLE instruments (
    id              INTEGER GENERATED ALWAYS AS IDENTITY UNIQUE,
    exchange        TEXT    NOT NULL,
    token           TEXT    NOT NULL,
    trading_symbol  TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    instrument_type TEXT    NOT NULL,
    lot_size        INTEGER NOT NULL CHECK (lot_size > 0),
    tick_size_paise BIGINT  NOT NULL CHECK (tick_size_paise > 0),
    expiry          DATE,
    strike_paise    BIGINT,
    PRIMARY KEY (exchange, token),
    UNIQUE (exchange, trading_symbol)
);

-- Symbol search is a prefix match on the upper-cased trading symbol.
CREATE INDEX instruments_symbol_prefix ON instruments (upper(trading_symbol) text_pattern_ops);
