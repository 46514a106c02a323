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
        if (rupees != null) {
            long paise = plainPaise(rupees.strip());
            if (paise >= 0) {
                return paise;
            }
        }
        try {
            return new BigDecimal(rupees.trim()).multiply(PAISE_PER_RUPEE).setScale(0, RoundingMode.UNNECESSARY)
                    .longValueExact();
        } catch (NumberFormatException | ArithmeticException | NullPointerException e) {
            throw new IllegalArgumentException("not a price in rupees with at most 2 decimals: " + rupees, e);
        }
    }

    /**
     * The usual shape, digits with up to two decimals ("2450", "2450.5", "2450.05"), read without BigDecimal: an
     * import parses four prices a row and BigDecimal was most of its parsing time. -1 for any other shape, which
     * BigDecimal then reads or rejects.
     */
    private static long plainPaise(String text) {
        int length = text.length();
        int point = text.indexOf('.');
        int whole = point < 0 ? length : point;
        int decimals = point < 0 ? 0 : length - point - 1;
        if (whole == 0 || whole > 15 || decimals > 2 || (point >= 0 && decimals == 0)) {
            return -1;
        }
        long paise = 0;
        for (int i = 0; i < length; i++) {
            if (i == point) {
                continue;
            }
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            paise = paise * 10 + digit;
        }
        return decimals == 2 ? paise : decimals == 1 ? paise * 10 : paise * 100;
    }
}
