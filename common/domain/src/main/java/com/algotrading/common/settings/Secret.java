package com.algotrading.common.settings;

/** A credential. Its {@link #toString()} never shows the value, so it cannot leak through a log line. */
public record Secret(String value) {

    public Secret {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
    }

    @Override
    public String toString() {
        return "******";
    }
}
