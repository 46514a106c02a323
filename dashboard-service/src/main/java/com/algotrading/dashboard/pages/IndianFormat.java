package com.algotrading.dashboard.pages;

import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * How the pages write amounts and times, for the values the server renders: rupees in Indian grouping
 * ({@code ₹1,00,000.00}, as the browser's {@code Intl.NumberFormat('en-IN')} writes them) and times in IST. The
 * JDK's decimal formats know one grouping size only, so the lakh and crore groups are placed here. A value that is
 * missing or malformed is a dash, never an exception on a page. Templates call it as {@code @inr}.
 */
@Component("inr")
public class IndianFormat {

    static final String MISSING = "—";
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd MMM yyyy, HH:mm:ss 'IST'", Locale.ENGLISH);

    /** {@code "-123456.5"} → {@code "-₹1,23,456.50"}; half a paisa rounds away from zero, as Intl's does. */
    public String money(String rupees) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(rupees.strip()).setScale(2, RoundingMode.HALF_UP);
        } catch (NumberFormatException | NullPointerException e) {
            return MISSING;
        }
        String digits = amount.abs().toPlainString();
        int point = digits.indexOf('.');
        return (amount.signum() < 0 ? "-₹" : "₹") + grouped(digits.substring(0, point)) + digits.substring(point);
    }

    /** An ISO-8601 time with offset → {@code "02 Dec 2026, 09:15:00 IST"}. */
    public String time(String iso) {
        try {
            return OffsetDateTime.parse(iso).atZoneSameInstant(IST).format(TIME);
        } catch (DateTimeParseException | NullPointerException e) {
            return MISSING;
        }
    }

    /** The last three digits, then groups of two: 1,23,45,678. */
    private static String grouped(String whole) {
        if (whole.length() <= 3) {
            return whole;
        }
        StringBuilder out = new StringBuilder(whole.substring(whole.length() - 3));
        for (int end = whole.length() - 3; end > 0; end -= 2) {
            out.insert(0, ',').insert(0, whole, Math.max(0, end - 2), end);
        }
        return out.toString();
    }
}
