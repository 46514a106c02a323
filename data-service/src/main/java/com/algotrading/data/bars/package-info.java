/** Ticks to 1-minute bars: aggregation aligned to IST minutes, storing closed bars, handing them to the stream. */
package com.algotrading.data.bars;
