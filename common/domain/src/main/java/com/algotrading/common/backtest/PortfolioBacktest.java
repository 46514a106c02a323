package com.algotrading.common.backtest;

import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.Trade;
import com.algotrading.common.strategies.StrategyRun;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Many instruments as independent sleeves: each instrument's bars run through its own strategy with an equal share of
 * the initial capital (cash is not moved between sleeves). The portfolio's equity at each distinct bar time is the sum
 * of every sleeve's latest equity (a sleeve counts at its allocation before its first bar), and its metrics come from
 * that curve and all sleeves' trades; exposure is the share of all sleeves' bars that ended with a position.
 */
public final class PortfolioBacktest {

    /** One instrument's input: its bars in time order and a fresh strategy run for it. */
    public record Sleeve(Symbol symbol, List<Bar> bars, StrategyRun run) {
    }

    /** A trade with the instrument it was made in. */
    public record SymbolTrade(Symbol symbol, Trade trade) {
    }

    /** {@code equity[i]} is the portfolio's equity in paise at {@code times.get(i)}. */
    public record Result(Map<Symbol, BacktestResult> sleeves, List<SymbolTrade> trades, List<Instant> times,
                         long[] equity, Metrics metrics) {

        /** A copy: the result stays immutable. */
        @Override
        public long[] equity() {
            return equity.clone();
        }
    }

    private final BacktestSettings settings;
    private final ChargesModel charges;

    public PortfolioBacktest(BacktestSettings settings, ChargesModel charges) {
        this.settings = settings;
        this.charges = charges;
    }

    /** @throws IllegalArgumentException for no sleeves, a repeated symbol, or a sleeve's bad bars */
    public Result run(List<Sleeve> sleeves) {
        if (sleeves.isEmpty()) {
            throw new IllegalArgumentException("a portfolio needs at least one instrument");
        }
        long allocation = settings.initialCapital() / sleeves.size();
        Backtest backtest = new Backtest(settings.withInitialCapital(allocation), charges);
        Map<Symbol, BacktestResult> results = new LinkedHashMap<>();
        for (Sleeve sleeve : sleeves) {
            if (results.put(sleeve.symbol(), backtest.run(sleeve.bars(), sleeve.run())) != null) {
                throw new IllegalArgumentException(sleeve.symbol() + " appears twice in the portfolio");
            }
        }
        List<Instant> times = new ArrayList<>(new TreeSet<>(sleeves.stream()
                .flatMap(sleeve -> sleeve.bars().stream().map(Bar::start)).toList()));
        long[] equity = combinedEquity(times, results.values().stream().map(BacktestResult::equityCurve).toList(),
                settings.initialCapital() - allocation * sleeves.size(), allocation);
        long[] days = times.stream().mapToLong(IstTime::epochDay).toArray();
        List<SymbolTrade> trades = new ArrayList<>();
        results.forEach((symbol, result) -> result.trades().forEach(trade -> trades.add(new SymbolTrade(symbol, trade))));
        trades.sort(Comparator.comparing((SymbolTrade t) -> t.trade().exitTime()).thenComparing(t -> t.trade().entryTime()));
        double exposed = 0;
        long bars = 0;
        for (BacktestResult result : results.values()) {
            exposed += result.metrics().exposure() * result.equityCurve().size();
            bars += result.equityCurve().size();
        }
        Metrics metrics = Metrics.of(times::get, days, equity, trades.stream().map(SymbolTrade::trade).toList(),
                settings.initialCapital(), exposed / bars);
        return new Result(Map.copyOf(results), List.copyOf(trades), List.copyOf(times), equity, metrics);
    }

    /** Walks all sleeves' curves in time order, carrying each sleeve's latest equity forward. */
    private static long[] combinedEquity(List<Instant> times, List<EquityCurve> curves, long unallocated, long allocation) {
        long[] equity = new long[times.size()];
        long[] latest = new long[curves.size()];
        int[] next = new int[curves.size()];
        Arrays.fill(latest, allocation);
        for (int t = 0; t < times.size(); t++) {
            long total = unallocated;
            for (int s = 0; s < curves.size(); s++) {
                EquityCurve curve = curves.get(s);
                while (next[s] < curve.size() && !curve.time(next[s]).isAfter(times.get(t))) {
                    latest[s] = curve.equity(next[s]++);
                }
                total += latest[s];
            }
            equity[t] = total;
        }
        return equity;
    }
}
