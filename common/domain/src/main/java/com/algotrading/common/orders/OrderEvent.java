package com.algotrading.common.orders;

import java.time.Instant;

/**
 * What happened to an order, as the order manager records it. A risk denial is not among them (it never becomes an
 * order); a broker's rejection is {@link OrderRejected}; an ambiguous answer is {@link OrderInDoubt}, not a rejection.
 */
public sealed interface OrderEvent {

    OrderId orderId();

    Instant time();

    /** Persisted, not yet sent. */
    record OrderCreated(Order order) implements OrderEvent {
        @Override
        public OrderId orderId() {
            return order.id();
        }

        @Override
        public Instant time() {
            return order.createdAt();
        }
    }

    /** The broker acknowledged the order under its own id. */
    record OrderSent(OrderId orderId, Instant time, String brokerOrderId) implements OrderEvent {
    }

    /** The order rests at the exchange. */
    record OrderOpened(OrderId orderId, Instant time) implements OrderEvent {
    }

    /** One execution; {@code tradeId} is the broker's, so the same fill seen twice is applied once. */
    record OrderFilled(OrderId orderId, Instant time, String tradeId, long quantity, long price) implements OrderEvent {
        public OrderFilled {
            if (quantity <= 0 || price <= 0) {
                throw new IllegalArgumentException("a fill needs a positive quantity and price");
            }
        }
    }

    record OrderCancelled(OrderId orderId, Instant time, String reason) implements OrderEvent {
    }

    /** Refused by the broker or the exchange, with their words. */
    record OrderRejected(OrderId orderId, Instant time, String reason) implements OrderEvent {
    }

    /** Sent, but the answer was ambiguous: the order may or may not be at the broker until reconciliation says. */
    record OrderInDoubt(OrderId orderId, Instant time, String reason) implements OrderEvent {
    }
}
