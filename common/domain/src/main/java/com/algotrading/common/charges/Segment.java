package com.algotrading.common.charges;

import com.algotrading.common.market.InstrumentType;
import com.algotrading.common.orders.Product;

/** What a fill is charged as: the segment and, for cash equity, the product. */
public enum Segment {
    EQUITY_INTRADAY, EQUITY_DELIVERY, FUTURES, OPTIONS;

    /** The segment of a fill of this instrument type held as this product (the product matters for cash equity only). */
    public static Segment of(InstrumentType type, Product product) {
        if (type.isOption()) {
            return OPTIONS;
        }
        if (type.isDerivative()) {
            return FUTURES;
        }
        return product == Product.INTRADAY ? EQUITY_INTRADAY : EQUITY_DELIVERY;
    }
}
