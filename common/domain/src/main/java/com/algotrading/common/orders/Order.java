package com.algotrading.common.orders;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * An order and where it stands. {@code filledValue} is the exact sum of quantity × price (paise) of its fills, so the
 * average price is never rounded twice. {@code reducing} records what risk decided when it was accepted: the order
 * only reduces a position — {@code MAX_DAILY_TRADES} counts the others, the ones that open or increase one.
 */
public record Order(OrderId id, ClientOrderId clientOrderId, OrderRequest request, OrderStatus status,
                    long filledQuantity, long filledValue, Optional<String> brokerOrderId, Optional<String> reason,
                    boolean reducing, Instant createdAt, Instant updatedAt) {

    public Order {
        if (id == null || clientOrderId == null || request == null || status == null || createdAt == null
                || updatedAt == null) {
            throw new IllegalArgumentException("an order needs ids, a request, a status and times");
        }
        if (filledQuantity < 0 || filledQuantity > request.quantity()) {
            throw new IllegalArgumentException("filled quantity " + filledQuantity + " outside 0.." + request.quantity());
        }
    }

    /** A freshly accepted order, not yet sent. */
    public static Order create(OrderId id, ClientOrderId clientOrderId, OrderRequest request, boolean reducing,
                               Instant now) {
        return new Order(id, clientOrderId, request, OrderStatus.NEW, 0, 0, Optional.empty(), Optional.empty(),
                reducing, now, now);
    }

    public long remainingQuantity() {
        return request.quantity() - filledQuantity;
    }

    /** The average fill price in paise, rounded half-up to the paisa; empty before the first fill. */
    public Optional<Long> averagePrice() {
        if (filledQuantity == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(filledValue)
                .divide(BigDecimal.valueOf(filledQuantity), 0, RoundingMode.HALF_UP).longValueExact());
    }

    Order with(OrderStatus next, long quantity, long value, Optional<String> broker, Optional<String> why, Instant at) {
        return new Order(id, clientOrderId, request, next, quantity, value, broker, why, reducing, createdAt, at);
    }
}
