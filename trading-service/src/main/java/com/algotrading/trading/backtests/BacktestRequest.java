package com.algotrading.trading.backtests;

import com.algotrading.common.backtest.BacktestSettings;
import com.algotrading.common.backtest.FillModel;
import com.algotrading.common.backtest.RankMetric;
import com.algotrading.common.charges.Segment;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.common.strategies.StrategyType;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A backtest asked for through the API, validated: the CLI's run over the data-service's candles of one instrument.
 * A parameter given as a range ({@code "5..30:5"}) makes it a sweep over the grid, ranked by {@code rankBy}.
 */
public record BacktestRequest(StrategyType strategy, List<Map<String, BigDecimal>> grid, Symbol symbol, Interval interval,
                              Instant from, Instant to, BacktestSettings settings, Sizing sizing, ExitRules exits,
                              int lotSize, RankMetric rankBy) {

    public boolean sweep() {
        return grid.size() > 1;
    }

    /** Settings as the CLI's defaults have them: next-open fills, delivery charges, ₹10,00,000, the NSE tick. */
    public static BacktestSettings settings(Optional<String> fill, int slippageBps, boolean costs, boolean intraday,
                                            long initialCapital, TickSize tick) {
        Segment segment = intraday ? Segment.EQUITY_INTRADAY : Segment.EQUITY_DELIVERY;
        return new BacktestSettings(FillModel.parse(fill.orElse("next-open")), costs ? slippageBps : 0,
                costs ? segment : null, initialCapital, tick);
    }

    /** Exits as the CLI builds them: intraday runs square off (default 15:15) and take no entry from 15:00. */
    public static ExitRules exits(long stopLossPpm, long targetPpm, long trailingPpm, boolean intraday,
                                  Optional<LocalTime> squareOff) {
        return new ExitRules(stopLossPpm, targetPpm, trailingPpm,
                intraday ? Optional.of(squareOff.orElse(ExitRules.DEFAULT_SQUARE_OFF)) : Optional.empty(),
                intraday ? Optional.of(ExitRules.DEFAULT_NO_NEW_ENTRIES) : Optional.empty());
    }

    public static StrategyType type(String name) {
        return StrategyCatalog.type(name);
    }
}
