package com.algotrading.common.market;

/** The exchange's numeric instrument token ({@code symboltoken}), kept as text as the broker sends it. */
public record InstrumentToken(String value) {

    public InstrumentToken {
        if (value == null || value.isEmpty() || value.length() > 25 || !value.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("an instrument token is 1 to 25 digits, got: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
