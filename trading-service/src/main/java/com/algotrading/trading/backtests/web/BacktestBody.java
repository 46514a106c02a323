package com.algotrading.trading.backtests.web;

import com.algotrading.common.backtest.RankMetric;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.StrategyType;
import com.algotrading.trading.backtests.BacktestRequest;
import com.algotrading.trading.backtests.ParameterGrid;
import com.algotrading.trading.web.ApiMoney;
import com.algotrading.trading.web.TimeRange;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The body of {@code POST /api/v1/backtests}: the CLI's options as JSON. Money in rupees, percentages as numbers; a
 * parameter written as a range {@code "5..30:5"} sweeps it.
 */
record BacktestBody(String strategy, Map<String, Object> parameters, String symbol, String interval, String from,
                    String to, String fill, Integer slippageBps, Boolean costs, SizingBody sizing, ExitsBody exits,
                    String product, BigDecimal initialCapital, Integer lotSize, BigDecimal tickSize, String rankBy) {

    private static final BigDecimal DEFAULT_CAPITAL = BigDecimal.valueOf(1_000_000);

    record SizingBody(Long quantity, BigDecimal capital, BigDecimal equityPercent) {
    }

    record ExitsBody(BigDecimal stopLossPercent, BigDecimal targetPercent, BigDecimal trailingPercent,
                     String squareOffTime) {
    }

    BacktestRequest toRequest() {
        StrategyType type = BacktestRequest.type(required("strategy", strategy));
        List<Map<String, BigDecimal>> grid = grid(type);
        Instant start = TimeRange.bound("from", required("from", from), false).orElseThrow();
        Instant end = TimeRange.bound("to", required("to", to), true).orElseThrow();
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
        boolean intraday = "INTRADAY".equals(product);
        if (product != null && !intraday && !"DELIVERY".equals(product)) {
            throw new IllegalArgumentException("product must be INTRADAY or DELIVERY, got " + product);
        }
        long capital = ApiMoney.paise("initialCapital", initialCapital == null ? DEFAULT_CAPITAL : initialCapital);
        TickSize tick = new TickSize(ApiMoney.paise("tickSize", tickSize == null ? new BigDecimal("0.05") : tickSize));
        return new BacktestRequest(type, grid, Symbol.parse(required("symbol", symbol)),
                Interval.parse(required("interval", interval)), start, end,
                BacktestRequest.settings(Optional.ofNullable(fill), slippageBps == null ? 0 : slippageBps,
                        costs == null || costs, intraday, capital, tick),
                validSizing(), exits(intraday), lotSize == null ? 1 : lotSize,
                RankMetric.parse(rankBy == null ? "sharpe" : rankBy));
    }

    /** The grid of parameter points: one point unless a value is a range; every point checked against the catalog. */
    private List<Map<String, BigDecimal>> grid(StrategyType type) {
        List<String> specs = new ArrayList<>();
        (parameters == null ? Map.<String, Object>of() : parameters).forEach((name, value) -> specs.add(name + "=" + value));
        List<Map<String, BigDecimal>> grid = ParameterGrid.grid(specs);
        if (grid.size() == 1) {
            type.create(grid.getFirst());
        }
        return grid;
    }

    private Sizing validSizing() {
        if (sizing == null) {
            return new Sizing.PercentOfEquity(1_000_000);
        }
        if (sizing.quantity() != null) {
            return new Sizing.FixedQuantity(sizing.quantity());
        }
        if (sizing.capital() != null) {
            return new Sizing.FixedCapital(ApiMoney.paise("sizing.capital", sizing.capital()));
        }
        return new Sizing.PercentOfEquity(ppm(sizing.equityPercent() == null ? BigDecimal.valueOf(100)
                : sizing.equityPercent()));
    }

    private com.algotrading.common.strategies.ExitRules exits(boolean intraday) {
        ExitsBody given = exits == null ? new ExitsBody(null, null, null, null) : exits;
        Optional<LocalTime> squareOff;
        try {
            squareOff = Optional.ofNullable(given.squareOffTime()).map(LocalTime::parse);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("exits.squareOffTime must be HH:mm (IST), got '" + given.squareOffTime() + "'");
        }
        return BacktestRequest.exits(optionalPpm(given.stopLossPercent()), optionalPpm(given.targetPercent()),
                optionalPpm(given.trailingPercent()), intraday, squareOff);
    }

    private static long optionalPpm(BigDecimal percent) {
        return percent == null ? 0 : ppm(percent);
    }

    private static long ppm(BigDecimal percent) {
        return percent.movePointRight(4).longValueExact();
    }

    private static <T> T required(String field, T value) {
        if (value == null) {
            throw new IllegalArgumentException("'" + field + "' is required");
        }
        return value;
    }
}
