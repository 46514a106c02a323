/** Orders and their results: intents a strategy emits, fills, positions with average-price P&L, round-trip trades. Money in paise. */
package com.algotrading.common.orders;
