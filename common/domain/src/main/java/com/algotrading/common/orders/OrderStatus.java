package com.algotrading.common.orders;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is in its life. {@code NEW} is persisted but not yet sent; {@code SENT} acknowledged by the broker;
 * {@code OPEN} resting at the exchange; {@code UNKNOWN} sent with an ambiguous answer (a timeout, a reset, an empty or
 * unparseable body, a 5xx), kept in flight until reconciliation settles it from the broker's books — never re-sent.
 * {@code FILLED}, {@code CANCELLED} and {@code REJECTED} are terminal.
 */
public enum OrderStatus {
    NEW, SENT, OPEN, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED, UNKNOWN;

    /** The statuses this one may move to; a fill may repeat {@code PARTIALLY_FILLED}. */
    public Set<OrderStatus> successors() {
        return switch (this) {
            case NEW -> EnumSet.of(SENT, UNKNOWN, REJECTED, CANCELLED);
            case SENT -> EnumSet.of(OPEN, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED);
            case UNKNOWN -> EnumSet.of(SENT, OPEN, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED);
            case OPEN -> EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED);
            case PARTIALLY_FILLED -> EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELLED);
            case FILLED, CANCELLED, REJECTED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canBecome(OrderStatus next) {
        return successors().contains(next);
    }

    public boolean isTerminal() {
        return this == FILLED || this == CANCELLED || this == REJECTED;
    }

    /** Whether the broker may hold this order (or may still be answering about it): the ones reconciliation asks about. */
    public boolean isInFlight() {
        return !isTerminal();
    }
}
