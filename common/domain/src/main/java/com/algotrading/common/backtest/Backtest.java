package com.algotrading.common.backtest;

import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.market.Bar;
import com.algotrading.common.orders.Position;
import com.algotrading.common.strategies.StrategyRun;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs one strategy over one instrument's bars. Per bar, in this order: an intraday position left over from an
 * earlier day is squared off at that day's last close; a pending next-open order fills at this bar's open; an
 * intraday position is squared off at the open of a bar starting at or after the square-off time; the stop (fixed or
 * trailing, checked before the target when one bar reaches both) and target exits trigger on the bar's range, at
 * the open when it gaps through them; then the strategy sees the bar and its intent fills at this close or is held
 * for the next open. A position still open when the data ends is closed at the last close ({@code closedAtEnd}).
 * Every fill price lies on the settings' tick size, rounded against the trader: a buy (with its slippage) up, a sell
 * down; stop and target levels, both sells, round down before they are compared with the bar. A daily bar is labelled
 * at its date's midnight IST, so no intraday time rule (square-off, no new entries) fires on it; an intraday run over
 * daily bars still squares off when the day changes, at the previous close.
 */
public final class Backtest {

    private final BacktestSettings settings;
    private final ChargesModel charges;

    public Backtest(BacktestSettings settings, ChargesModel charges) {
        this.settings = settings;
        this.charges = charges;
    }

    /**
     * @param bars   one instrument's bars in strictly increasing time order
     * @param events receives each event as it happens
     * @throws IllegalArgumentException when the bars are empty or out of order
     */
    public BacktestResult run(List<Bar> bars, StrategyRun run, Consumer<BacktestEvent> events) {
        return run(bars, 0, run, events);
    }

    /**
     * Runs with the first {@code warmUp} bars shown to the strategy only (no orders, not in the results), so its
     * indicators are ready when trading starts — as a live strategy is warmed on history.
     */
    public BacktestResult run(List<Bar> allBars, int warmUp, StrategyRun run, Consumer<BacktestEvent> events) {
        if (warmUp < 0 || warmUp >= allBars.size()) {
            throw new IllegalArgumentException("no bars to backtest after " + warmUp + " warm-up bars");
        }
        for (Bar bar : allBars.subList(0, warmUp)) {
            run.onBar(bar, Position.FLAT, settings.initialCapital());
        }
        List<Bar> bars = allBars.subList(warmUp, allBars.size());
        BacktestRun state = new BacktestRun(settings, charges, run, events, bars.size());
        Bar previous = warmUp == 0 ? null : allBars.get(warmUp - 1);
        for (Bar bar : bars) {
            if (previous != null && !bar.start().isAfter(previous.start())) {
                throw new IllegalArgumentException("bars out of order at " + bar.start() + " (after " + previous.start() + ")");
            }
            state.onBar(bar, previous);
            previous = bar;
        }
        state.finish(previous);
        return new BacktestResult(state.trades(), new EquityCurve(bars, state.equity()),
                Metrics.of(i -> bars.get(i).start(), state.days(), state.equity(), state.trades(), settings.initialCapital(),
                        (double) state.exposedBars() / bars.size()));
    }

    public BacktestResult run(List<Bar> bars, StrategyRun run) {
        return run(bars, run, event -> { });
    }
}
