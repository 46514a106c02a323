-- Tradable instruments as Angel One's instrument master describes them; prices in paise.
CREATE TABLE instruments (
    exchange        TEXT    NOT NULL,
    token           TEXT    NOT NULL,
    trading_symbol  TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    instrument_type TEXT    NOT NULL DEFAULT '',
    lot_size        INTEGER NOT NULL CHECK (lot_size > 0),
    tick_size_paise BIGINT  NOT NULL CHECK (tick_size_paise > 0),
    expiry          DATE,
    strike_paise    BIGINT,
    PRIMARY KEY (exchange, token),
    UNIQUE (exchange, trading_symbol)
);
