package com.algotrading.common.indicators;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An indicator as written on the command line, {@code name:arg,arg} (e.g. {@code macd:12,26,9}); omitted arguments
 * take the usual defaults. {@link #label()} is {@code name(args)}, and each output column is the label plus
 * {@code .output} for multi-output indicators ({@code macd(12,26,9).signal}).
 */
public record IndicatorSpec(String name, List<BigDecimal> arguments) {

    private record Kind(String defaults, Function<List<BigDecimal>, Indicator> factory) {
    }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("sma", new Kind("20", a -> new Sma(integer(a, 0)))),
            Map.entry("ema", new Kind("20", a -> new Ema(integer(a, 0)))),
            Map.entry("wma", new Kind("20", a -> new Wma(integer(a, 0)))),
            Map.entry("rsi", new Kind("14", a -> new Rsi(integer(a, 0)))),
            Map.entry("macd", new Kind("12,26,9", a -> new Macd(integer(a, 0), integer(a, 1), integer(a, 2)))),
            Map.entry("bbands", new Kind("20,2", a -> new BollingerBands(integer(a, 0), a.get(1).doubleValue()))),
            Map.entry("atr", new Kind("14", a -> new Atr(integer(a, 0)))),
            Map.entry("adx", new Kind("14", a -> new Adx(integer(a, 0)))),
            Map.entry("stoch", new Kind("14,3,3", a -> new Stochastic(integer(a, 0), integer(a, 1), integer(a, 2)))),
            Map.entry("cci", new Kind("20", a -> new Cci(integer(a, 0)))),
            Map.entry("obv", new Kind("", a -> new Obv())),
            Map.entry("vwap", new Kind("", a -> new SessionVwap())),
            Map.entry("supertrend", new Kind("10,3", a -> new SuperTrend(integer(a, 0), a.get(1).doubleValue()))));

    public IndicatorSpec {
        arguments = List.copyOf(arguments);
    }

    /**
     * @throws IllegalArgumentException for an unknown name, a non-numeric argument or the wrong number of arguments
     */
    public static IndicatorSpec parse(String text) {
        String[] parts = text.trim().split(":", 2);
        String name = parts[0].toLowerCase();
        Kind kind = KINDS.get(name);
        if (kind == null) {
            throw new IllegalArgumentException("unknown indicator \"" + parts[0] + "\"; valid: " + names());
        }
        String given = parts.length > 1 ? parts[1] : kind.defaults();
        List<BigDecimal> arguments = given.isBlank() ? List.of() : Arrays.stream(given.split(",")).map(IndicatorSpec::number).toList();
        int expected = kind.defaults().isBlank() ? 0 : kind.defaults().split(",").length;
        if (arguments.size() != expected) {
            throw new IllegalArgumentException(name + " takes " + expected + " argument(s) (" + kind.defaults() + "), got \"" + given + "\"");
        }
        IndicatorSpec spec = new IndicatorSpec(name, arguments);
        spec.create();
        return spec;
    }

    public static String names() {
        return "sma ema wma rsi macd bbands atr adx stoch cci obv vwap supertrend";
    }

    /** A fresh indicator in its warm-up. */
    public Indicator create() {
        return KINDS.get(name).factory().apply(arguments);
    }

    public String label() {
        return arguments.isEmpty() ? name
                : name + arguments.stream().map(BigDecimal::toPlainString).collect(Collectors.joining(",", "(", ")"));
    }

    /** Column names, one per output. */
    public List<String> columns() {
        return create().outputNames().stream().map(output -> output.isEmpty() ? label() : label() + "." + output).toList();
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text.trim()).stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("indicator argument \"" + text + "\" is not a number", e);
        }
    }

    private static int integer(List<BigDecimal> arguments, int index) {
        try {
            return arguments.get(index).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("indicator period must be a whole number, got " + arguments.get(index), e);
        }
    }
}
