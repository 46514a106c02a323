package com.algotrading.common.orders;

import com.algotrading.common.market.Symbol;

import java.util.Optional;

/**
 * An order as asked for, before risk and the broker: prices in paise. The compact constructor refuses what no broker
 * would take (a non-positive quantity, a limit without a price, a stop without a trigger, a price a type does not use).
 */
public record OrderRequest(Symbol symbol, Side side, long quantity, OrderType type, Optional<Long> price,
                           Optional<Long> triggerPrice, Product product, Optional<DeploymentId> deploymentId,
                           OrderOrigin origin) {

    /** More than any exchange's freeze quantity; above it a quantity is a typo, and sums of them could overflow. */
    public static final long MAX_QUANTITY = 1_000_000_000L;

    public OrderRequest {
        if (symbol == null || side == null || type == null || product == null || origin == null) {
            throw new IllegalArgumentException("an order needs a symbol, side, type, product and origin");
        }
        if (quantity <= 0 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be from 1 to " + MAX_QUANTITY + ", got " + quantity);
        }
        requirePrice("price", price, type.needsPrice(), type);
        requirePrice("triggerPrice", triggerPrice, type.needsTrigger(), type);
    }

    /** A market order of a symbol, e.g. one that closes a position. */
    public static OrderRequest market(Symbol symbol, Side side, long quantity, Product product, OrderOrigin origin,
                                      Optional<DeploymentId> deploymentId) {
        return new OrderRequest(symbol, side, quantity, OrderType.MARKET, Optional.empty(), Optional.empty(), product,
                deploymentId, origin);
    }

    private static void requirePrice(String name, Optional<Long> value, boolean needed, OrderType type) {
        if (needed && value.isEmpty()) {
            throw new IllegalArgumentException(name + " is required for a " + type.wireName() + " order");
        }
        if (!needed && value.isPresent()) {
            throw new IllegalArgumentException(name + " is not used by a " + type.wireName() + " order");
        }
        if (value.isPresent() && value.get() <= 0) {
            throw new IllegalArgumentException(name + " must be positive, got " + value.get());
        }
    }
}
