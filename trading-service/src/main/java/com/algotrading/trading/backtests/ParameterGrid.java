package com.algotrading.trading.backtests;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --param} values: {@code name=value}, or for sweeps {@code name=from..to:step} (both ends included). The
 * grid is every combination, in the order the parameters were given.
 */
public final class ParameterGrid {

    private static final int MAX_POINTS = 100_000;

    private ParameterGrid() {
    }

    /** Single values only, as {@code backtest} takes them. */
    public static Map<String, BigDecimal> single(List<String> params) {
        List<Map<String, BigDecimal>> grid = grid(params);
        if (grid.size() != 1) {
            throw new IllegalArgumentException("backtest takes single --param values (name=value); ranges are for sweep");
        }
        return grid.getFirst();
    }

    public static List<Map<String, BigDecimal>> grid(List<String> params) {
        List<Map<String, BigDecimal>> grid = new ArrayList<>();
        grid.add(new LinkedHashMap<>());
        for (String param : params) {
            int equals = param.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("--param must look like name=value or name=from..to:step, got " + param);
            }
            String name = param.substring(0, equals).strip();
            List<BigDecimal> values = values(name, param.substring(equals + 1).strip());
            List<Map<String, BigDecimal>> next = new ArrayList<>();
            for (Map<String, BigDecimal> point : grid) {
                for (BigDecimal value : values) {
                    Map<String, BigDecimal> extended = new LinkedHashMap<>(point);
                    extended.put(name, value);
                    next.add(extended);
                }
            }
            if (next.size() > MAX_POINTS) {
                throw new IllegalArgumentException("the grid has more than " + MAX_POINTS + " points");
            }
            grid = next;
        }
        return grid;
    }

    private static List<BigDecimal> values(String name, String spec) {
        try {
            int dots = spec.indexOf("..");
            if (dots < 0) {
                return List.of(new BigDecimal(spec));
            }
            int colon = spec.indexOf(':', dots);
            BigDecimal from = new BigDecimal(spec.substring(0, dots));
            BigDecimal to = new BigDecimal(colon < 0 ? spec.substring(dots + 2) : spec.substring(dots + 2, colon));
            BigDecimal step = colon < 0 ? BigDecimal.ONE : new BigDecimal(spec.substring(colon + 1));
            if (step.signum() <= 0 || from.compareTo(to) > 0) {
                throw new IllegalArgumentException("--param " + name + ": need from <= to and a positive step, got " + spec);
            }
            List<BigDecimal> values = new ArrayList<>();
            for (BigDecimal v = from; v.compareTo(to) <= 0 && values.size() <= MAX_POINTS; v = v.add(step)) {
                values.add(v);
            }
            return values;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--param " + name + ": not a number or range: " + spec, e);
        }
    }
}
