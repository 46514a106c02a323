package com.algotrading.common.strategies;

/** What a strategy wants after a bar: nothing new, to be long, or to be flat. */
public enum Signal {
    NONE, ENTER_LONG, EXIT_LONG
}
