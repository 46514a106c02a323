package com.algotrading.trading.orders;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.DeploymentId;
import com.algotrading.common.orders.OrderStatus;

import java.time.Instant;
import java.util.Optional;

/** The filters of {@code GET /api/v1/orders}; {@code to} is exclusive. */
public record OrderFilter(Optional<OrderStatus> status, Optional<Symbol> symbol, Optional<DeploymentId> deploymentId,
                          Optional<Instant> from, Optional<Instant> to) {
}
