package com.algotrading.trading.cli;

import com.algotrading.common.backtest.BacktestSettings;
import com.algotrading.common.backtest.FillModel;
import com.algotrading.common.charges.Segment;
import com.algotrading.common.market.Prices;
import com.algotrading.common.market.Rupees;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.Sizing;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalTime;
import java.util.Optional;

/** Options shared by {@code backtest} and {@code sweep}: data, fills, costs, sizing and exits. */
final class RunOptions {

    @Mixin
    DataOptions data;

    @Option(names = "--strategy", required = true, description = "sma-crossover, ema-crossover, rsi-reversion, macd-crossover, bollinger-reversion, supertrend, "
            + "opening-range-breakout or vwap-reversion (rules and parameters: docs/strategies.md)")
    String strategy;

    @Option(names = "--fill", defaultValue = "next-open", paramLabel = "close|next-open",
            description = "Fill at the signal bar's close or the next bar's open (default: ${DEFAULT-VALUE})")
    String fill;

    @Option(names = "--slippage-bps", defaultValue = "0", paramLabel = "N", description = "Adverse slippage in basis points (default: 0)")
    int slippageBps;

    @Option(names = "--no-costs", description = "No charges and no slippage")
    boolean noCosts;

    @Option(names = "--product", defaultValue = "delivery", paramLabel = "intraday|delivery",
            description = "Charges schedule, and for intraday the square-off (default: ${DEFAULT-VALUE})")
    String product;

    @Option(names = "--initial-capital", defaultValue = "10,00,000", paramLabel = "RUPEES", description = "Starting equity, e.g. 10,00,000 or 1000000 (default: ₹${DEFAULT-VALUE})")
    String initialCapital;

    @Option(names = "--lot-size", defaultValue = "1", paramLabel = "N", description = "Units per lot; orders are whole lots (default: 1)")
    int lotSize;

    @Option(names = "--tick-size", defaultValue = "0.05", paramLabel = "RUPEES",
            description = "Price grid: fills, stops and targets round onto it against the trader (default: ${DEFAULT-VALUE})")
    String tickSize;

    @ArgGroup(exclusive = true)
    SizingOptions sizing = new SizingOptions();

    static final class SizingOptions {
        @Option(names = "--quantity", paramLabel = "N", description = "Fixed units per entry (rounded down to whole lots)")
        Long quantity;

        @Option(names = "--capital", paramLabel = "RUPEES", description = "Fixed rupees per entry, e.g. 2,00,000")
        String capital;

        @Option(names = "--equity-pct", paramLabel = "PCT", description = "Percent of current equity per entry (default: 100)")
        String equityPercent;
    }

    @Option(names = "--stop-loss-pct", defaultValue = "0", paramLabel = "PCT", description = "Stop-loss below entry, percent (0 = off)")
    String stopLossPct;

    @Option(names = "--target-pct", defaultValue = "0", paramLabel = "PCT", description = "Target above entry, percent (0 = off)")
    String targetPct;

    @Option(names = "--trailing-pct", defaultValue = "0", paramLabel = "PCT", description = "Trailing stop below the highest high since entry, percent (0 = off)")
    String trailingPct;

    @Option(names = "--square-off", defaultValue = "15:15", paramLabel = "HH:MM", description = "Intraday square-off time, IST (default: ${DEFAULT-VALUE})")
    LocalTime squareOff;

    @Option(names = "--no-entries-after", defaultValue = "15:00", paramLabel = "HH:MM", description = "Intraday: no entries from this time, IST (default: ${DEFAULT-VALUE})")
    LocalTime noEntriesAfter;

    BacktestSettings settings() {
        Segment segment = switch (product) {
            case "intraday" -> Segment.EQUITY_INTRADAY;
            case "delivery" -> Segment.EQUITY_DELIVERY;
            default -> throw new IllegalArgumentException("--product must be intraday or delivery, got " + product);
        };
        return new BacktestSettings(FillModel.parse(fill), noCosts ? 0 : slippageBps, noCosts ? null : segment,
                rupees("--initial-capital", initialCapital), tick());
    }

    private TickSize tick() {
        try {
            return new TickSize(Prices.parseRupees(tickSize));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--tick-size must be rupees of at least 0.01, got " + tickSize, e);
        }
    }

    Sizing sizing() {
        if (sizing.quantity != null) {
            return new Sizing.FixedQuantity(sizing.quantity);
        }
        if (sizing.capital != null) {
            return new Sizing.FixedCapital(rupees("--capital", sizing.capital));
        }
        return new Sizing.PercentOfEquity(sizing.equityPercent == null ? 1_000_000 : ppm("--equity-pct", sizing.equityPercent));
    }

    ExitRules exits() {
        boolean intraday = "intraday".equals(product);
        return new ExitRules(ppm("--stop-loss-pct", stopLossPct), ppm("--target-pct", targetPct), ppm("--trailing-pct", trailingPct),
                intraday ? Optional.of(squareOff) : Optional.empty(), intraday ? Optional.of(noEntriesAfter) : Optional.empty());
    }

    /** An amount as people write it, in the Indian grouping or without commas. */
    private static long rupees(String option, String amount) {
        try {
            return Rupees.parse(amount);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }

    /** Percent text to parts per million: "1.5" → 15000. */
    private static long ppm(String option, String percent) {
        try {
            return new BigDecimal(percent).multiply(BigDecimal.valueOf(10_000)).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(option + " must be a percentage with at most 4 decimals, got " + percent, e);
        }
    }

    String describe() {
        return "fill " + fill + ", slippage " + (noCosts ? 0 : slippageBps) + " bps, "
                + (noCosts ? "no costs" : product + " charges") + ", lot size " + lotSize;
    }
}
