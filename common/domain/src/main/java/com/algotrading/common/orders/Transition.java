package com.algotrading.common.orders;

/** The outcome of applying an event to an order: the order after it, or why the state machine refused it. */
public sealed interface Transition {

    record Applied(Order before, Order after) implements Transition {
    }

    record Refused(Order order, OrderEvent event, String reason) implements Transition {
    }
}
