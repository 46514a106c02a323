package com.algotrading.trading.broker;

import java.time.Instant;

/** One execution at the broker; {@code tradeId} is unique per broker. Price in paise. */
public record BrokerFill(String tradeId, long quantity, long price, Instant time) {
}
