package com.algotrading.common.orders;

import com.algotrading.common.orders.OrderEvent.OrderCancelled;
import com.algotrading.common.orders.OrderEvent.OrderCreated;
import com.algotrading.common.orders.OrderEvent.OrderFilled;
import com.algotrading.common.orders.OrderEvent.OrderInDoubt;
import com.algotrading.common.orders.OrderEvent.OrderOpened;
import com.algotrading.common.orders.OrderEvent.OrderRejected;
import com.algotrading.common.orders.OrderEvent.OrderSent;

import java.util.Optional;

/**
 * The order state machine of the trading contract. An event the machine does not allow — a fill on a cancelled order,
 * more filled than ordered, a second creation — is refused with the reason and leaves the order as it was: applying
 * it would be the bug.
 */
public final class OrderLifecycle {

    private OrderLifecycle() {
    }

    public static Transition apply(Order order, OrderEvent event) {
        if (!order.id().equals(event.orderId())) {
            return new Transition.Refused(order, event, "event of order " + event.orderId() + " applied to " + order.id());
        }
        return switch (event) {
            case OrderCreated created -> new Transition.Refused(order, event, "order " + order.id() + " already exists");
            case OrderSent sent -> move(order, event, OrderStatus.SENT, Optional.of(sent.brokerOrderId()), order.reason());
            case OrderOpened opened -> move(order, event, OrderStatus.OPEN, order.brokerOrderId(), order.reason());
            case OrderFilled fill -> fill(order, fill);
            case OrderCancelled cancelled ->
                    move(order, event, OrderStatus.CANCELLED, order.brokerOrderId(), Optional.of(cancelled.reason()));
            case OrderRejected rejected ->
                    move(order, event, OrderStatus.REJECTED, order.brokerOrderId(), Optional.of(rejected.reason()));
            case OrderInDoubt doubt -> move(order, event, OrderStatus.UNKNOWN, order.brokerOrderId(), Optional.of(doubt.reason()));
        };
    }

    private static Transition fill(Order order, OrderFilled fill) {
        long filled = order.filledQuantity() + fill.quantity();
        if (filled > order.request().quantity()) {
            return new Transition.Refused(order, fill, "fill of " + fill.quantity() + " would take order " + order.id()
                    + " to " + filled + " of " + order.request().quantity());
        }
        OrderStatus next = filled == order.request().quantity() ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        if (!order.status().canBecome(next)) {
            return refused(order, fill, next);
        }
        long value = Math.addExact(order.filledValue(), Math.multiplyExact(fill.quantity(), fill.price()));
        return new Transition.Applied(order, order.with(next, filled, value, order.brokerOrderId(), Optional.empty(),
                fill.time()));
    }

    private static Transition move(Order order, OrderEvent event, OrderStatus next, Optional<String> brokerOrderId,
                                   Optional<String> reason) {
        if (!order.status().canBecome(next)) {
            return refused(order, event, next);
        }
        return new Transition.Applied(order, order.with(next, order.filledQuantity(), order.filledValue(), brokerOrderId,
                reason, event.time()));
    }

    private static Transition refused(Order order, OrderEvent event, OrderStatus next) {
        return new Transition.Refused(order, event, "order " + order.id() + " cannot go from " + order.status() + " to "
                + next);
    }
}
