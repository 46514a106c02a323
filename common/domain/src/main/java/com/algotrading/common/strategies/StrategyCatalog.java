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
                    p -> new RsiReversion(p.integer("period"), p.decimal("lower"), p.decimal("upper"))),
            new StrategyType("macd-crossover", "Long when MACD crosses above its signal line, flat when it crosses below",
                    List.of(whole("fast", 12, 2, 500, "Bars in the fast EMA"),
                            whole("slow", 26, 3, 1000, "Bars in the slow EMA; must exceed fast"),
                            whole("signal", 9, 1, 500, "Bars in the signal EMA of MACD")),
                    p -> new MacdCrossover(fast(p), slow(p), p.integer("signal"))),
            new StrategyType("bollinger-reversion", "Long when the close crosses below the lower band, flat above the middle",
                    List.of(whole("period", 20, 2, 1000, "Bars in the SMA and standard deviation"),
                            decimal("k", "2", "0.1", "10", "Band width in standard deviations")),
                    p -> new BollingerReversion(p.integer("period"), p.decimal("k"))),
            new StrategyType("supertrend", "Long when SuperTrend turns up, flat when it turns down",
                    List.of(whole("period", 10, 1, 500, "ATR period in bars"),
                            decimal("multiplier", "3", "0.1", "20", "Band distance in ATRs")),
                    p -> new SuperTrendFollowing(p.integer("period"), p.decimal("multiplier"))),
            new StrategyType("opening-range-breakout", "Intraday: long on a close above the opening range, flat below it",
                    List.of(whole("minutes", 15, 1, 360, "Length of the opening range from 09:15 IST")),
                    p -> new OpeningRangeBreakout(p.integer("minutes"))),
            new StrategyType("vwap-reversion", "Intraday: long when the close crosses below VWAP − band, flat above VWAP",
                    List.of(decimal("band", "0.5", "0.01", "20", "Distance below the session VWAP, percent")),
                    p -> new VwapReversion(p.decimal("band"))));

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

    /** The fast period, checked against the slow one. */
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
