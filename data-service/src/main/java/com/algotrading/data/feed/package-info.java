/** The live market-data connection, chosen by {@code MARKET_FEED}: where ticks come from. */
package com.algotrading.data.feed;
