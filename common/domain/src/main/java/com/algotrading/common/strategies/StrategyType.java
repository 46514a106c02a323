package com.algotrading.common.strategies;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A kind of strategy ({@code sma-crossover}) with its parameters; {@link #create} builds a fresh instance per run and
 * instrument.
 */
public record StrategyType(String name, String description, List<ParameterDescriptor> parameters,
                           Function<StrategyParameters, Strategy> factory) {

    public StrategyType {
        parameters = List.copyOf(parameters);
    }

    /**
     * @throws IllegalArgumentException for unknown or out-of-range parameters, or combinations the rule forbids
     */
    public Strategy create(Map<String, BigDecimal> parameterValues) {
        return factory.apply(StrategyParameters.validate(name, parameters, parameterValues));
    }
}
