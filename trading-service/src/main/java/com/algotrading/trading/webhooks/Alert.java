package com.algotrading.trading.webhooks;

import com.algotrading.common.market.Symbol;

import java.util.Optional;

/**
 * One alert as posted, its secret already checked: what to do, and what it overrides of the deployment's defaults
 * (its first instrument, its quantity). A price makes the order a limit order at that price; without one it is a market
 * order. EXIT closes the deployment's position in the instrument (or {@code quantity} of it).
 */
public record Alert(Action action, Optional<Symbol> symbol, Optional<Long> quantity, Optional<Long> price) {

    public enum Action {
        BUY, SELL, EXIT
    }

    public Alert {
        if (action == null) {
            throw new IllegalArgumentException("'action' is required: BUY, SELL or EXIT");
        }
        if (quantity.isPresent() && quantity.get() <= 0) {
            throw new IllegalArgumentException("'quantity' must be positive, got " + quantity.get());
        }
    }
}
