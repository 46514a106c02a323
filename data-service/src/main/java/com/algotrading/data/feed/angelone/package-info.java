/**
 * Angel One as the live feed ({@code MARKET_FEED=angelone}): the WebSocket 2.0 market-data stream and its
 * little-endian binary tick packets, on the session of the service's one SmartAPI client ({@link
 * com.algotrading.data.feed.angelone.AngelOneApi}, shared with the backfill). Wire format: {@code docs/data-service.md}.
 * Part of the feed's API: the backfill uses the same client.
 */
@NamedInterface("angelone")
package com.algotrading.data.feed.angelone;

import org.springframework.modulith.NamedInterface;
