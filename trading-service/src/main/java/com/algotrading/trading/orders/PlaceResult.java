package com.algotrading.trading.orders;

import com.algotrading.common.orders.Order;

/** What became of a request for a new order. */
public sealed interface PlaceResult {

    /** {@code replayed}: the idempotency key named an order placed earlier, returned instead of a second one. */
    record Placed(Order order, boolean replayed) implements PlaceResult {
    }

    /** Refused by risk, never an order. */
    record Denied(String rule, String reason) implements PlaceResult {
    }
}
