package com.algotrading.common.market;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts of money as people in India write them, for reports and command-line options: ₹ and the Indian grouping,
 * thousands then lakhs and crores ({@code ₹10,00,000.00} is ten lakh). Amounts are held as exact paise. The JDK's
 * number formats group in threes only, hence this class.
 */
public final class Rupees {

    /** Digits without commas, or grouped the Indian way: the last three digits, then pairs. */
    private static final Pattern AMOUNT = Pattern.compile("(\\d+|\\d{1,2}(,\\d{2})*,\\d{3})(\\.\\d{1,2})?");

    private Rupees() {
    }

    /** {@code -₹86,322.97}: the sign before the ₹, two decimals, the rupees grouped the Indian way. */
    public static String format(long paise) {
        String plain = BigDecimal.valueOf(paise, 2).abs().toPlainString();
        int point = plain.indexOf('.');
        StringBuilder grouped = new StringBuilder(plain.substring(Math.max(0, point - 3)));
        for (int end = point - 3; end > 0; end -= 2) {
            grouped.insert(0, plain.substring(Math.max(0, end - 2), end) + ",");
        }
        return (paise < 0 ? "-₹" : "₹") + grouped;
    }

    /**
     * Reads an amount of rupees as people type it: {@code 1000000}, {@code 10,00,000} or {@code 10,00,000.50}.
     *
     * @throws IllegalArgumentException for commas where the Indian grouping has none (e.g. {@code 1,000,000}), a
     *                                  sign, more than two decimals, or anything else that is not an amount
     */
    public static long parse(String text) {
        String amount = text == null ? "" : text.strip();
        if (!AMOUNT.matcher(amount).matches()) {
            throw new IllegalArgumentException(amount.contains(",") && amount.matches("[\\d,]+(\\.\\d{1,2})?")
                    ? "\"" + amount + "\" is not grouped the Indian way (10,00,000: the last three digits, then pairs);"
                    + " write it so or without commas"
                    : "\"" + amount + "\" is not an amount of rupees with at most two decimals, such as 10,00,000"
                    + " or 250000.50");
        }
        return Prices.parseRupees(amount.replace(",", ""));
    }
}
