package com.algotrading.common.settings;

import com.algotrading.common.market.Rupees;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads named variables and turns each into a typed value. A bad value is noted (one line naming the variable) and
 * its default returned, so that reading goes on and {@link #throwIfInvalid()} reports every bad variable at once.
 */
final class SettingsReader {

    private final UnaryOperator<String> lookup;
    private final List<String> problems = new ArrayList<>();

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
            default -> invalid(variable, "must be true or false", value, defaultValue);
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
            return invalid(variable, "must be a whole number from " + min + " to " + max, value, defaultValue);
        }).orElse(defaultValue);
    }

    <E extends Enum<E>> E choice(String variable, Class<E> type, E defaultValue) {
        return optional(variable).map(value -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            return invalid(variable, "must be one of " + names(type), value, defaultValue);
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
        return invalid(variable, "must be an http(s) URL such as http://localhost:8081", value,
                URI.create(defaultValue));
    }

    /** A URL with one of {@code schemes} and a host, e.g. {@code wss://tns.angelone.in/smart-order-update}. */
    URI url(String variable, String defaultValue, java.util.Set<String> schemes) {
        String value = text(variable, defaultValue);
        try {
            URI uri = new URI(value);
            if (schemes.contains(uri.getScheme()) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException ignored) {
            // reported below
        }
        return invalid(variable, "must be a " + String.join(" or ", new java.util.TreeSet<>(schemes))
                + " URL such as " + defaultValue, value, URI.create(defaultValue));
    }

    /** An amount in rupees as people write it ({@code 50,000}, {@code 10,00,000.50}, {@code 1000000}), in paise. */
    long rupees(String variable, long defaultPaise, long minPaise) {
        return optional(variable).map(value -> {
            try {
                long paise = Rupees.parse(value);
                if (paise >= minPaise) {
                    return paise;
                }
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
            return invalid(variable, "must be an amount in rupees of at least " + Rupees.format(minPaise)
                    + " such as 50,000", value, defaultPaise);
        }).orElse(defaultPaise);
    }

    /** A time of day, {@code HH:mm} (IST is implied by every caller). */
    LocalTime timeOfDay(String variable, LocalTime defaultValue) {
        return optional(variable).map(value -> {
            if (value.matches("[0-2][0-9]:[0-5][0-9]")) {
                try {
                    return LocalTime.parse(value);
                } catch (DateTimeParseException ignored) {
                    // reported below
                }
            }
            return invalid(variable, "must be a time of day as HH:mm such as 15:15", value, defaultValue);
        }).orElse(defaultValue);
    }

    /** Notes that a variable has a value it must not have; returns the value to go on reading with. */
    <T> T invalid(String variable, String expectation, String actual, T fallback) {
        problem(variable + " " + expectation + ", got \"" + actual + "\"");
        return fallback;
    }

    /** Notes a problem worded by the caller (it names the variables). */
    void problem(String line) {
        problems.add(line);
    }

    /** @throws InvalidSettingException listing every problem noted, if any */
    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidSettingException(problems);
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        StringBuilder names = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            names.append(names.isEmpty() ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
        }
        return names.toString();
    }
}
