package com.algotrading.common.charges;

/** What a fill is charged as: the segment and, for cash equity, the product. */
public enum Segment {
    EQUITY_INTRADAY, EQUITY_DELIVERY, FUTURES, OPTIONS
}
