package com.algotrading.common.orders;

import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * Our own unique id of an order, sent to the broker (Angel One's {@code ordertag}, which must be shorter than 20
 * characters): 1 to 19 of {@code [A-Za-z0-9]}. It is how an order is found at the broker when its answer was lost.
 */
public record ClientOrderId(String value) {

    public static final int MAX_LENGTH = 19;
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public ClientOrderId {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH
                || !value.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c))) {
            throw new IllegalArgumentException("a client order id is 1 to 19 letters or digits, got: " + value);
        }
    }

    /**
     * A fresh id: the time in milliseconds (8 base-62 characters, so ids sort by creation) and 11 random base-62
     * characters (65 bits), 19 in all. The database's unique constraint is the final guard.
     */
    public static ClientOrderId generate(Instant now, RandomGenerator random) {
        StringBuilder id = new StringBuilder(MAX_LENGTH);
        appendBase62(id, now.toEpochMilli(), 8);
        for (int i = 0; i < 11; i++) {
            id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ClientOrderId(id.toString());
    }

    private static void appendBase62(StringBuilder to, long number, int width) {
        char[] digits = new char[width];
        long rest = number;
        for (int i = width - 1; i >= 0; i--) {
            digits[i] = ALPHABET.charAt((int) (rest % ALPHABET.length()));
            rest /= ALPHABET.length();
        }
        to.append(digits);
    }

    @Override
    public String toString() {
        return value;
    }
}
