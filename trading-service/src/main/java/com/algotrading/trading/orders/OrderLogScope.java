package com.algotrading.trading.orders;

import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.Order;
import org.slf4j.MDC;

/**
 * While open, the log lines of this thread name the order they are about ({@code orderId}, {@code clientOrderId}:
 * the MDC fields of the JSON logs), the broker's calls for it included, until it is closed.
 */
final class OrderLogScope implements AutoCloseable {

    private final MDC.MDCCloseable orderId;
    private final MDC.MDCCloseable clientOrderId;

    private OrderLogScope(MDC.MDCCloseable orderId, MDC.MDCCloseable clientOrderId) {
        this.orderId = orderId;
        this.clientOrderId = clientOrderId;
    }

    static OrderLogScope of(Order order) {
        return new OrderLogScope(MDC.putCloseable("orderId", order.id().value()), clientOrderId(order.clientOrderId()));
    }

    /** A broker update names our client order id only, until the row is found. */
    static OrderLogScope of(ClientOrderId id) {
        return new OrderLogScope(null, clientOrderId(id));
    }

    private static MDC.MDCCloseable clientOrderId(ClientOrderId id) {
        return MDC.putCloseable("clientOrderId", id.value());
    }

    @Override
    public void close() {
        clientOrderId.close();
        if (orderId != null) {
            orderId.close();
        }
    }
}
