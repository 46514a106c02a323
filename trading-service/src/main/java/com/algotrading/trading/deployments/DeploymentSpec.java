package com.algotrading.trading.deployments;

import com.algotrading.common.market.Interval;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.Product;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.common.strategies.StrategyType;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a deployment trades, already validated against the strategy catalog: one strategy type with its parameters on
 * a list of instruments and one intraday bar interval, with its sizing, product and exits. Percentages in parts per
 * million, as {@link ExitRules} holds them. A {@value #WEBHOOK} deployment has no strategy of its own: its orders come
 * from alerts posted to it (TradingView's), on its instruments, its sizing a default quantity, its bars unused.
 */
public record DeploymentSpec(String name, String strategy, Map<String, BigDecimal> parameters, List<Symbol> instruments,
                             Interval interval, Sizing sizing, Product product, Exits exits) {

    /** The exits as asked for; the square-off time applies to intraday deployments (default 15:15 IST). */
    public record Exits(long stopLossPpm, long targetPpm, long trailingPpm, Optional<LocalTime> squareOff) {

        ExitRules rules(Product product) {
            if (product == Product.DELIVERY) {
                return new ExitRules(stopLossPpm, targetPpm, trailingPpm, Optional.empty(), Optional.empty());
            }
            LocalTime squareOffAt = squareOff.orElse(ExitRules.DEFAULT_SQUARE_OFF);
            LocalTime noNewEntries = squareOffAt.isBefore(ExitRules.DEFAULT_NO_NEW_ENTRIES) ? squareOffAt
                    : ExitRules.DEFAULT_NO_NEW_ENTRIES;
            return new ExitRules(stopLossPpm, targetPpm, trailingPpm, Optional.of(squareOffAt), Optional.of(noNewEntries));
        }
    }

    /** The {@code strategy} of a deployment whose orders come from alerts. */
    public static final String WEBHOOK = "webhook";

    public DeploymentSpec {
        parameters = Map.copyOf(parameters);
        instruments = List.copyOf(instruments);
    }

    public boolean webhook() {
        return WEBHOOK.equals(strategy);
    }

    /** The strategy that decides on the bars; a webhook deployment has none. */
    public StrategyType type() {
        if (webhook()) {
            throw new IllegalStateException("a webhook deployment has no strategy type");
        }
        return StrategyCatalog.type(strategy);
    }

    public ExitRules exitRules() {
        return exits.rules(product);
    }
}
