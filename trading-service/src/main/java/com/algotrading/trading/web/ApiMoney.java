package com.algotrading.trading.web;

import com.algotrading.common.market.Prices;

import java.math.BigDecimal;
import java.util.Optional;

/** Money on the API: rupee strings out ({@code "1402.10"}), rupees in (string or number, at most two decimals). */
public final class ApiMoney {

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
        BigDecimal paise = rupees.movePointRight(2);
        if (paise.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(field + " " + rupees.toPlainString() + " has fractions of a paisa");
        }
        return paise.longValueExact();
    }
}
