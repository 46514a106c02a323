package com.algotrading.common.strategies;

import com.algotrading.common.indicators.Ema;
import com.algotrading.common.indicators.Sma;

import java.util.List;

import static com.algotrading.common.strategies.ParameterDescriptor.decimal;
import static com.algotrading.common.strategies.ParameterDescriptor.whole;

/** The built-in strategy types; their rules are documented in {@code docs/strategies.md}. */
public final class StrategyCatalog {

    private static final List<StrategyType> TYPES = List.of(
            new StrategyType("sma-crossover", "Long when SMA(fast) crosses above SMA(slow), flat when it crosses below",
                    averages(), p -> new MovingAverageCrossover(new Sma(fast(p)), new Sma(slow(p)))),
            new StrategyType("ema-crossover", "Long when EMA(fast) crosses above EMA(slow), flat when it crosses below",
                    averages(), p -> new MovingAverageCrossover(new Ema(fast(p)), new Ema(slow(p)))),
            new StrategyType("rsi-reversion", "Long when RSI crosses below lower, flat when it crosses above upper",
                    List.of(whole("period", 14, 2, 500, "RSI period in bars"),
                            decimal("lower", "30", "0", "100", "Enter long when RSI crosses below this level"),
                            decimal("upper", "70", "0", "100", "Exit when RSI crosses above this level")),
                    p -> new RsiReversion(p.integer("period"), p.decimal("lower"), p.decimal("upper"))));

    private StrategyCatalog() {
    }

    public static List<StrategyType> types() {
        return TYPES;
    }

    /** @throws IllegalArgumentException listing the known names */
    public static StrategyType type(String name) {
        return TYPES.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "unknown strategy \"" + name + "\"; known: " + String.join(", ", TYPES.stream().map(StrategyType::name).toList())));
    }

    private static List<ParameterDescriptor> averages() {
        return List.of(whole("fast", 10, 1, 1000, "Bars in the fast average"),
                whole("slow", 30, 2, 5000, "Bars in the slow average; must exceed fast"));
    }

    private static int fast(StrategyParameters p) {
        if (p.integer("fast") >= p.integer("slow")) {
            throw new IllegalArgumentException("fast must be shorter than slow, got fast=" + p.integer("fast")
                    + " slow=" + p.integer("slow"));
        }
        return p.integer("fast");
    }

    private static int slow(StrategyParameters p) {
        return p.integer("slow");
    }
}
