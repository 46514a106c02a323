package com.algotrading.trading.broker.paper;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;

import java.time.Instant;
import java.util.Optional;

/** An open order in the paper broker's book; prices in paise. */
record PaperOrder(ClientOrderId clientOrderId, String brokerOrderId, Symbol symbol, Side side, long quantity,
                  OrderType type, Optional<Long> price, Optional<Long> triggerPrice, Product product, boolean triggered,
                  Instant createdAt) {

    PaperOrder triggeredNow() {
        return new PaperOrder(clientOrderId, brokerOrderId, symbol, side, quantity, type, price, triggerPrice, product,
                true, createdAt);
    }
}
