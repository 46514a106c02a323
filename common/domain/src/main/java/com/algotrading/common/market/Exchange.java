package com.algotrading.common.market;

/**
 * Exchange segments as Angel One names them ({@code exch_seg} in the instrument master, {@code exchange} in REST).
 * The WebSocket 2.0 feed numbers them differently: {@link #feedCode()}.
 */
public enum Exchange {
    NSE(1), NFO(2), BSE(3), BFO(4), MCX(5), NCDEX(7), CDS(13);

    private final int feedCode;

    Exchange(int feedCode) {
        this.feedCode = feedCode;
    }

    /** The {@code exchangeType} of the WebSocket 2.0 subscribe request and binary tick. */
    public int feedCode() {
        return feedCode;
    }

    /** @throws IllegalArgumentException for a code no segment has */
    public static Exchange ofFeedCode(int code) {
        for (Exchange exchange : values()) {
            if (exchange.feedCode == code) {
                return exchange;
            }
        }
        throw new IllegalArgumentException("unknown exchangeType " + code);
    }
}
