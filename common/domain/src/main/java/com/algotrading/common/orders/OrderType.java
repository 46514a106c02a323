package com.algotrading.common.orders;

import java.util.Arrays;

/**
 * How an order is priced. {@link #SL} is a stop-loss limit (a trigger and a limit price), {@link #SL_M} a stop-loss
 * market order (a trigger only). The wire names are the contract's: {@code MARKET}, {@code LIMIT}, {@code SL},
 * {@code SL-M}.
 */
public enum OrderType {
    MARKET("MARKET", false, false),
    LIMIT("LIMIT", true, false),
    SL("SL", true, true),
    SL_M("SL-M", false, true);

    private final String wireName;
    private final boolean needsPrice;
    private final boolean needsTrigger;

    OrderType(String wireName, boolean needsPrice, boolean needsTrigger) {
        this.wireName = wireName;
        this.needsPrice = needsPrice;
        this.needsTrigger = needsTrigger;
    }

    public String wireName() {
        return wireName;
    }

    public boolean needsPrice() {
        return needsPrice;
    }

    public boolean needsTrigger() {
        return needsTrigger;
    }

    public static OrderType fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown order type '" + name
                        + "'; valid: MARKET, LIMIT, SL, SL-M"));
    }
}
