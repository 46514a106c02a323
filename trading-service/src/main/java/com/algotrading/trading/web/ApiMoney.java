package com.algotrading.trading.web;

import com.algotrading.common.market.Prices;

import java.math.BigDecimal;
import java.util.Optional;

/** Money on the API: rupee strings out ({@code "1402.10"}), rupees in (string or number, at most two decimals). */
public final class ApiMoney {

    /** The most a long of paise holds. */
    private static final BigDecimal MOST_RUPEES = BigDecimal.valueOf(Long.MAX_VALUE).movePointLeft(2);

    private ApiMoney() {
    }

    public static String text(long paise) {
        return Prices.toRupees(paise).toPlainString();
    }

    /** Null stays null: for optional members. */
    public static String text(Long paise) {
        return paise == null ? null : text(paise.longValue());
    }

    public static Optional<Long> optionalPaise(String field, BigDecimal rupees) {
        return rupees == null ? Optional.empty() : Optional.of(paise(field, rupees));
    }

    public static long paise(String field, BigDecimal rupees) {
        if (rupees == null) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        // Checked before any arithmetic, which 1e999999999 would overflow; the detail shows the number as it came
        // (toString, not toPlainString: 1e-999999999 written out is a billion characters).
        if (rupees.abs().compareTo(MOST_RUPEES) > 0) {
            throw new IllegalArgumentException(field + " " + rupees + " is more rupees than any account holds");
        }
        if (rupees.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(field + " " + rupees + " has fractions of a paisa");
        }
        return rupees.movePointRight(2).longValueExact();
    }
}
