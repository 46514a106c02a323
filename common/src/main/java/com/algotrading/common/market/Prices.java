package com.algotrading.common.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Conversions between paise (how the platform holds prices: exact {@code long}) and rupees (how people and the
 * broker's REST API write them).
 */
public final class Prices {

    private static final BigDecimal PAISE_PER_RUPEE = BigDecimal.valueOf(100);

    private Prices() {
    }

    /** ₹ with two decimals, e.g. 245005 paise → 2450.05. */
    public static BigDecimal toRupees(long paise) {
        return BigDecimal.valueOf(paise, 2);
    }

    /**
     * Parses rupees such as {@code "2450.05"} into paise.
     *
     * @throws IllegalArgumentException when the text is not a number or has fractions of a paisa
     */
    public static long parseRupees(String rupees) {
        try {
            return new BigDecimal(rupees.trim()).multiply(PAISE_PER_RUPEE).setScale(0, RoundingMode.UNNECESSARY)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
            throw new IllegalArgumentException("not a price in rupees with at most 2 decimals: " + rupees, e);
        }
    }
}
