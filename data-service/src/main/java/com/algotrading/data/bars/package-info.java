/**
 * The live pipeline: ticks to 1-minute bars aligned to IST minutes, storing closed bars, handing bars and ticks to
 * the streams.
 */
package com.algotrading.data.bars;
