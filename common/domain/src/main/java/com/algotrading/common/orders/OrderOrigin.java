package com.algotrading.common.orders;

/**
 * Who asked for an order. Every origin passes the same risk engine; the kill switch's own flattening orders are the one
 * exception the kill-switch rule lets through. {@code EXTERNAL} is an order placed outside the platform (the broker's
 * app) that reconciliation found in the broker's book: shown, never sent, cancelled or counted by the platform.
 */
public enum OrderOrigin {
    API, DEPLOYMENT, WEBHOOK, SQUARE_OFF, KILL_SWITCH, EXTERNAL
}
