package com.algotrading.common.market;

/**
 * An instrument's price grid, in paise (NSE equity: 5 = ₹0.05). The exchange rejects an order off this grid, so every
 * price the platform computes (a slipped fill, a stop, a marketable limit) is rounded onto it, in the direction that is
 * conservative for the trader: see {@link #worseForBuyer} and {@link #worseForSeller}.
 */
public record TickSize(long paise) {

    /** NSE and BSE cash equity. */
    public static final TickSize EQUITY = new TickSize(5);

    public TickSize {
        if (paise < 1) {
            throw new IllegalArgumentException("tick size must be at least 1 paisa, got " + paise);
        }
    }

    public boolean contains(long price) {
        return price % paise == 0;
    }

    /** The nearest grid price at or above {@code price}. */
    public long roundUp(long price) {
        return Math.ceilDiv(price, paise) * paise;
    }

    /** The nearest grid price at or below {@code price}. */
    public long roundDown(long price) {
        return Math.floorDiv(price, paise) * paise;
    }

    /** A price a buyer pays (a buy's slipped fill, a buy limit's protection band): never below what was computed. */
    public long worseForBuyer(long price) {
        return roundUp(price);
    }

    /** A price a seller receives (a sell's slipped fill, a long position's stop): never above what was computed. */
    public long worseForSeller(long price) {
        return roundDown(price);
    }
}
