/**
 * The one owner of the {@code candles} table: every statement that reads or writes it lives here — reads of stored
 * candles ({@code CandleTable}), the backfill's upserts ({@code CandleWriter}), live bars and their publication
 * numbers ({@code BarStore}), and the import's bulk COPY ({@code CandleCopy}). The features use these, never SQL.
 */
package com.algotrading.data.candlestore;
