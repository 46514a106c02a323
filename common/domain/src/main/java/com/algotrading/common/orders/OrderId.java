package com.algotrading.common.orders;

import java.util.UUID;
import java.util.regex.Pattern;

/** The platform's id of an order: opaque to callers, a UUID. */
public record OrderId(String value) {

    // compiled once: every order read from the database builds an id (reconciliation reads them all)
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public OrderId {
        if (value == null || !UUID_TEXT.matcher(value).matches()) {
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
