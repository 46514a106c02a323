package com.algotrading.common.orders;

/** Why an order was sent: the strategy's own signal or one of the run's common exits. */
public enum ExitReason {
    SIGNAL, STOP_LOSS, TARGET, TRAILING_STOP, SQUARE_OFF, END_OF_DATA
}
