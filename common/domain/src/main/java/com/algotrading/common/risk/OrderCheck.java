package com.algotrading.common.risk;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;

import java.util.Optional;

/**
 * An order as risk sees it; prices in paise.
 *
 * @param price      what the order is expected to trade at: its limit price, else the last traded price
 * @param limitPrice the price the trader wrote, if any (checked against the price band)
 * @param lastPrice  the last traded price, 0 when no tick has been seen yet
 */
public record OrderCheck(Symbol symbol, Product product, Side side, long quantity, long price,
                         Optional<Long> limitPrice, long lastPrice, OrderOrigin origin) {

    public OrderCheck {
        if (quantity <= 0 || price <= 0) {
            throw new IllegalArgumentException("a checked order needs a positive quantity and price");
        }
    }

    public PositionKey key() {
        return new PositionKey(symbol, product);
    }

    /** Quantity × expected price, in paise. */
    public long value() {
        return Math.multiplyExact(quantity, price);
    }
}
