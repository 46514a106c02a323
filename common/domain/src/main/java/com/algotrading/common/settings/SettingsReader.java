package com.algotrading.common.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Reads named variables and turns each into a typed value, or an {@link InvalidSettingException} naming it. */
final class SettingsReader {

    private final UnaryOperator<String> lookup;

    SettingsReader(UnaryOperator<String> lookup) {
        this.lookup = lookup;
    }

    Optional<String> optional(String variable) {
        String value = lookup.apply(variable);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    String text(String variable, String defaultValue) {
        return optional(variable).orElse(defaultValue);
    }

    boolean flag(String variable, boolean defaultValue) {
        return optional(variable).map(value -> switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw invalid(variable, "must be true or false", value);
        }).orElse(defaultValue);
    }

    int wholeNumber(String variable, int defaultValue, int min, int max) {
        return optional(variable).map(value -> {
            try {
                int number = Integer.parseInt(value);
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException ignored) {
                // reported below with the accepted range
            }
            throw invalid(variable, "must be a whole number from " + min + " to " + max, value);
        }).orElse(defaultValue);
    }

    <E extends Enum<E>> E choice(String variable, Class<E> type, E defaultValue) {
        return optional(variable).map(value -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            throw invalid(variable, "must be one of " + names(type), value);
        }).orElse(defaultValue);
    }

    URI httpUrl(String variable, String defaultValue) {
        String value = text(variable, defaultValue);
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException ignored) {
            // reported below
        }
        throw invalid(variable, "must be an http(s) URL such as http://localhost:8081", value);
    }

    /** An amount in rupees, with optional Indian or Western grouping ({@code 10,00,000} or {@code 1000000.50}), in paise. */
    long rupees(String variable, long defaultPaise, long minPaise) {
        return optional(variable).map(value -> {
            String digits = value.replace(",", "").replace("_", "");
            try {
                long paise = com.algotrading.common.market.Prices.parseRupees(digits);
                if (paise >= minPaise && value.matches("[0-9][0-9,_]*(\\.[0-9]{1,2})?")) {
                    return paise;
                }
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
            throw invalid(variable, "must be an amount in rupees of at least "
                    + com.algotrading.common.market.Prices.toRupees(minPaise).toPlainString() + " such as 50,000", value);
        }).orElse(defaultPaise);
    }

    /** A time of day, {@code HH:mm} (IST is implied by every caller). */
    java.time.LocalTime timeOfDay(String variable, java.time.LocalTime defaultValue) {
        return optional(variable).map(value -> {
            if (value.matches("[0-2][0-9]:[0-5][0-9]")) {
                try {
                    return java.time.LocalTime.parse(value);
                } catch (java.time.format.DateTimeParseException ignored) {
                    // reported below
                }
            }
            throw invalid(variable, "must be a time of day as HH:mm such as 15:15", value);
        }).orElse(defaultValue);
    }

    static InvalidSettingException invalid(String variable, String expectation, String actual) {
        return new InvalidSettingException(variable, expectation + ", got \"" + actual + "\"");
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            names.append(names.isEmpty() ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
        }
        return names.toString();
    }
}
