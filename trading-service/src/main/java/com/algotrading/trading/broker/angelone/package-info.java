/**
 * Live trading through Angel One SmartAPI ({@code PAPER_TRADING=false}): the broker port on the shared SmartAPI client,
 * with the broker's rate limits, a circuit breaker, the order-update WebSocket and its order-book polling fallback.
 * Wire formats: {@code shared/reference/angel-one-smartapi.md} §3–§5; operators' guide: {@code docs/live-trading.md}.
 */
@NamedInterface("angelone")
package com.algotrading.trading.broker.angelone;

import org.springframework.modulith.NamedInterface;
