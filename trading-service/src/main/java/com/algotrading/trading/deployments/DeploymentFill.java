package com.algotrading.trading.deployments;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ExitReason;
import com.algotrading.common.orders.Side;

import java.time.Instant;

/** One fill of a deployment's order; money in paise; {@code reason} why the order was sent. */
record DeploymentFill(Symbol symbol, Side side, long quantity, long price, long charges, Instant time,
                      ExitReason reason) {
}
