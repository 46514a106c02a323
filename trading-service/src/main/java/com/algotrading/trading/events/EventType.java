package com.algotrading.trading.events;

import java.util.Locale;

/** The contract's event names on {@code GET /api/v1/events}; a reconciliation correction shows as the order or position it corrected. */
public enum EventType {
    ORDER, FILL, POSITION, PNL, RISK, DEPLOYMENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
