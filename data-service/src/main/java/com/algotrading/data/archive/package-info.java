/** The nightly S3 archive of 1-minute candles: gzip CSV per trading day, read back to verify, every run recorded. */
package com.algotrading.data.archive;
