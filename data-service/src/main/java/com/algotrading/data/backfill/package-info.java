/** Backfill jobs: historical candles from Angel One, chunked and paced, resumable, with gaps reported. */
package com.algotrading.data.backfill;
