package com.algotrading.common.orders;

import java.util.UUID;

/** The platform's id of an order: opaque to callers, a UUID. */
public record OrderId(String value) {

    public OrderId {
        if (value == null || !value.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
            throw new IllegalArgumentException("an order id is a lower-case UUID, got: " + value);
        }
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
