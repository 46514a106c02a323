package com.algotrading.trading.broker;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.Product;

/** A net position at the broker. */
public record BrokerPosition(Symbol symbol, Product product, long quantity) {
}
