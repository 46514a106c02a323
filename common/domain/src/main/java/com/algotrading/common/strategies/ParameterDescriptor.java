package com.algotrading.common.strategies;

import java.math.BigDecimal;

/**
 * One parameter of a strategy type, enough for a UI to render and validate a form field.
 *
 * @param integer whether only whole numbers are allowed
 */
public record ParameterDescriptor(String name, boolean integer, BigDecimal defaultValue, BigDecimal min,
                                  BigDecimal max, String description) {

    public ParameterDescriptor {
        if (min.compareTo(max) > 0 || defaultValue.compareTo(min) < 0 || defaultValue.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + ": default must lie within [min, max]");
        }
    }

    static ParameterDescriptor whole(String name, int defaultValue, int min, int max, String description) {
        return new ParameterDescriptor(name, true, BigDecimal.valueOf(defaultValue), BigDecimal.valueOf(min),
                BigDecimal.valueOf(max), description);
    }

    static ParameterDescriptor decimal(String name, String defaultValue, String min, String max, String description) {
        return new ParameterDescriptor(name, false, new BigDecimal(defaultValue), new BigDecimal(min), new BigDecimal(max),
                description);
    }

    /** @throws IllegalArgumentException naming the parameter when the value is out of range or not whole */
    BigDecimal validate(BigDecimal value) {
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must lie within [" + min.toPlainString() + ", " + max.toPlainString()
                    + "], got " + value.toPlainString());
        }
        if (integer && value.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(name + " must be a whole number, got " + value.toPlainString());
        }
        return value;
    }
}
