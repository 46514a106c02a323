package com.algotrading.trading.orders;

import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderEvent.OrderFilled;

import java.util.Optional;

/** Told of every committed change of an order, in order per order, with the fill when there was one. Keep it short. */
@FunctionalInterface
public interface OrderListener {

    void changed(Order order, Optional<OrderFilled> fill);
}
