package com.algotrading.trading.broker;

import com.algotrading.common.orders.ClientOrderId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One order as the broker's books have it, with every fill so far. {@code clientOrderId} is empty for an order
 * placed outside the platform.
 */
public record BrokerOrderState(Optional<ClientOrderId> clientOrderId, String brokerOrderId, BrokerOrderStatus status,
                               List<BrokerFill> fills, Optional<String> reason, Instant updatedAt) {

    public BrokerOrderState {
        fills = List.copyOf(fills);
    }

    public long filledQuantity() {
        return fills.stream().mapToLong(BrokerFill::quantity).sum();
    }
}
