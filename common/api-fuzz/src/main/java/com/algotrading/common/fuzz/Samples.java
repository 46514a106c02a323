package com.algotrading.common.fuzz;

import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Values a caller might send for a parameter or a body field: a valid one first, then the slips people make (wrong
 * case, a letter too many, empty, another field's value, a date in the wrong form). A service's test names better
 * values for its own parameters; the rest come from the Java type the parameter binds to.
 */
final class Samples {

    private static final List<String> TEXT = List.of("RELIANCE-EQ", "x", "", " ", "ünïcødé", "a:b", "'\"<>", "%",
            "null", "A".repeat(300));
    private static final List<String> WHOLE = List.of("1", "0", "-1", "20", "500", "501", "99999999999",
            "4611686018427387904", "9223372036854775807", "abc", "1.5", "");
    private static final List<String> FLAG = List.of("true", "false", "yes", "TRUE", "");
    private static final List<String> TIME = List.of("2025-01-02T09:15:00+05:30", "2025-01-02", "2025-01-02T09:15:00",
            "02/01/2025", "2025-13-40T99:00:00Z", "yesterday", "");
    private static final List<String> ID = List.of(new UUID(0x3f2b, 0x9c1d).toString(), "not-a-uuid", "",
            "00000000-0000-0000-0000-00000000000g");

    private final Map<String, List<String>> byName = new HashMap<>();

    void name(String name, List<String> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("samples for " + name + " are empty");
        }
        byName.put(name, List.copyOf(values));
    }

    /** The candidates for a parameter or field, the first of them valid when the service said which. */
    List<String> of(String name, Class<?> type) {
        return byName.getOrDefault(name, byType(type));
    }

    /** Half the time the valid first value, else any: a base request is mostly sensible, sometimes not. */
    String pick(String name, Class<?> type, Random random) {
        List<String> values = of(name, type);
        return random.nextBoolean() ? values.getFirst() : values.get(random.nextInt(values.size()));
    }

    /** Any value of any kind, for a slip that puts one field's value in another. */
    String any(Random random) {
        List<List<String>> pools = new ArrayList<>(byName.values());
        pools.addAll(List.of(TEXT, WHOLE, FLAG, TIME, ID));
        List<String> pool = pools.get(random.nextInt(pools.size()));
        return pool.get(random.nextInt(pool.size()));
    }

    /** A field value as JSON: numbers and flags bare when they read as such, everything else a string. */
    static String json(String value, Class<?> type) {
        boolean bare = (isWhole(type) && value.matches("-?\\d+")) || (isFlag(type) && value.matches("true|false"));
        return bare ? value : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static List<String> byType(Class<?> type) {
        if (type.isEnum()) {
            List<String> constants = Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
            String first = constants.getFirst();
            List<String> values = new ArrayList<>(constants);
            values.addAll(List.of(first.toLowerCase(Locale.ROOT), first + "X", first.substring(1), "", " " + first));
            return values;
        }
        if (isWhole(type)) {
            return WHOLE;
        }
        if (isFlag(type)) {
            return FLAG;
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return TIME;
        }
        return type == UUID.class ? ID : TEXT;
    }

    private static boolean isWhole(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class;
    }

    private static boolean isFlag(Class<?> type) {
        return type == boolean.class || type == Boolean.class;
    }
}
