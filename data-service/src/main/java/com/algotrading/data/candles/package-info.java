/**
 * Candles: stored 1-minute and daily candles in PostgreSQL (COPY-based CSV import), derived intraday
 * intervals computed on read and aligned to the NSE session open.
 */
package com.algotrading.data.candles;
