package com.algotrading.common.strategies;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Validated parameter values of one strategy: every declared parameter present (defaults filled in), in range. */
public final class StrategyParameters {

    private final Map<String, BigDecimal> values;

    private StrategyParameters(Map<String, BigDecimal> values) {
        this.values = values;
    }

    /**
     * @throws IllegalArgumentException for an unknown parameter or a value outside its descriptor's range
     */
    static StrategyParameters validate(String type, List<ParameterDescriptor> descriptors, Map<String, BigDecimal> given) {
        Set<String> unknown = new TreeSet<>(given.keySet());
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        for (ParameterDescriptor descriptor : descriptors) {
            unknown.remove(descriptor.name());
            values.put(descriptor.name(), descriptor.validate(given.getOrDefault(descriptor.name(), descriptor.defaultValue())));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(type + " has no parameter " + String.join(", ", unknown) + "; it takes "
                    + String.join(", ", values.keySet()));
        }
        return new StrategyParameters(values);
    }

    int integer(String name) {
        return values.get(name).intValueExact();
    }

    double decimal(String name) {
        return values.get(name).doubleValue();
    }
}
