package com.algotrading.common.risk;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.Product;

/** An account's position is per instrument and product, as the broker nets it. */
public record PositionKey(Symbol symbol, Product product) {
}
