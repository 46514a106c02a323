-- Stored candles: 1-minute ('1m') and daily ('1d'); other intervals are derived on read. Prices in paise.
-- Range-partitioned by year so a year of minutes for a symbol is one partition and old years can be detached.
-- seq is set only on bars the live feed closed and published on the bar stream: it is the SSE event id, so a
-- reconnecting subscriber is replayed exactly the bars it missed. Imported and backfilled candles have no seq.
CREATE SEQUENCE candle_seq;

CREATE TABLE candles (
    instrument_id INTEGER     NOT NULL REFERENCES instruments (id),
    interval      TEXT        NOT NULL CHECK (interval IN ('1m', '1d')),
    time          TIMESTAMPTZ NOT NULL,
    open          BIGINT      NOT NULL,
    high          BIGINT      NOT NULL,
    low           BIGINT      NOT NULL,
    close         BIGINT      NOT NULL,
    volume        BIGINT      NOT NULL CHECK (volume >= 0),
    seq           BIGINT,
    PRIMARY KEY (instrument_id, interval, time),
    CHECK (low > 0 AND low <= high AND open BETWEEN low AND high AND close BETWEEN low AND high)
) PARTITION BY RANGE (time);

CREATE INDEX candles_seq ON candles (seq) WHERE seq IS NOT NULL;

DO $$
BEGIN
    FOR year IN 2000..2040 LOOP
        EXECUTE format('CREATE TABLE candles_%s PARTITION OF candles FOR VALUES FROM (%L) TO (%L)',
                       year, make_date(year, 1, 1)::timestamp AT TIME ZONE 'Asia/Kolkata',
                       make_date(year + 1, 1, 1)::timestamp AT TIME ZONE 'Asia/Kolkata');
    END LOOP;
END
$$;

-- Anything outside the yearly partitions (bad clocks, far history) still has a home.
CREATE TABLE candles_other PARTITION OF candles DEFAULT;
