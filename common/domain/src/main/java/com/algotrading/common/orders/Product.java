package com.algotrading.common.orders;

import com.algotrading.common.charges.Segment;

/** What a cash-equity position is held as: squared off the same day ({@link #INTRADAY}) or taken into the demat account. */
public enum Product {
    INTRADAY, DELIVERY;

    /** The charges segment of a cash-equity fill of this product. */
    public Segment equitySegment() {
        return this == INTRADAY ? Segment.EQUITY_INTRADAY : Segment.EQUITY_DELIVERY;
    }
}
