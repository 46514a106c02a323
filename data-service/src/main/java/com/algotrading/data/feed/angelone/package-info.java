/**
 * Angel One SmartAPI as the live feed ({@code MARKET_FEED=angelone}): REST login with TOTP, the WebSocket 2.0
 * market-data stream and its little-endian binary tick packets. Wire format: {@code docs/data-service.md}. Part of
 * the feed's API: the backfill logs in and fetches candles with the same client and settings.
 */
@NamedInterface("angelone")
package com.algotrading.data.feed.angelone;

import org.springframework.modulith.NamedInterface;
