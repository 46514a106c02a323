package com.algotrading.common.orders;

/** A strategy deployment's id, carried by the orders it places. */
public record DeploymentId(String value) {

    public DeploymentId {
        if (value == null || value.isEmpty() || value.length() > 64
                || !value.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'))) {
            throw new IllegalArgumentException("a deployment id is 1 to 64 letters, digits, '-' or '_', got: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
