package com.algotrading.trading.broker;

import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One order as the broker's books have it, with every fill so far. {@code clientOrderId} is empty for an order
 * placed outside the platform; {@code terms} is what the book says was asked (origin {@code EXTERNAL}), where the
 * broker's book lists it in terms the platform trades — how an order placed outside is shown.
 */
public record BrokerOrderState(Optional<ClientOrderId> clientOrderId, String brokerOrderId, BrokerOrderStatus status,
                               List<BrokerFill> fills, Optional<String> reason, Instant updatedAt,
                               Optional<OrderRequest> terms) {

    public BrokerOrderState {
        fills = List.copyOf(fills);
    }

    /** An order of ours, whose terms the platform has already. */
    public BrokerOrderState(Optional<ClientOrderId> clientOrderId, String brokerOrderId, BrokerOrderStatus status,
                            List<BrokerFill> fills, Optional<String> reason, Instant updatedAt) {
        this(clientOrderId, brokerOrderId, status, fills, reason, updatedAt, Optional.empty());
    }

    public long filledQuantity() {
        return fills.stream().mapToLong(BrokerFill::quantity).sum();
    }
}
