package com.algotrading.common.orders;

/** Who asked for an order. Every origin passes the same risk engine; the kill switch's own flattening orders are the one exception the kill-switch rule lets through. */
public enum OrderOrigin {
    API, DEPLOYMENT, WEBHOOK, SQUARE_OFF, KILL_SWITCH
}
