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

    /** Quantity × expected price, in paise; an absurd order saturates at {@code Long.MAX_VALUE}, for the limits to deny. */
    public long value() {
        return saturated(quantity, price);
    }

    /** a × b, or {@code Long.MAX_VALUE} when that does not fit: an amount past every limit, never an overflow. */
    static long saturated(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long low = a * b;
        return high == 0 && low >= 0 ? low : Long.MAX_VALUE;
    }
}
