package com.algotrading.trading.broker;

/** A broker's order status, reduced to what the order manager acts on; partial fills show in the fills. */
public enum BrokerOrderStatus {
    /** Received by the broker, not yet at the exchange. */
    PENDING,
    OPEN,
    FILLED,
    CANCELLED,
    REJECTED
}
