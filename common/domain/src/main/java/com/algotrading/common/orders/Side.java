package com.algotrading.common.orders;

public enum Side {
    BUY, SELL;

    /** +1 for a buy, −1 for a sell: the sign a fill gives the position's quantity. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
