package com.algotrading.common.orders;

/** What a cash-equity position is held as: squared off the same day ({@link #INTRADAY}) or taken into the demat account. */
public enum Product {
    INTRADAY, DELIVERY
}
