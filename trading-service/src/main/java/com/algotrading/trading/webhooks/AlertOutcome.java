package com.algotrading.trading.webhooks;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.Order;

import java.time.Instant;

/** What became of an alert, as its answer tells the sender. */
public sealed interface AlertOutcome {

    /** An order was placed (it may still be refused by the broker later, like any order). */
    record Ordered(Order order, int cancelled) implements AlertOutcome {
    }

    /** The same alert came within the window: no order; what became of the first. */
    record Duplicate(Instant firstReceivedAt, String firstOutcome) implements AlertOutcome {
    }

    /** Risk refused the order. */
    record Denied(String rule, String reason) implements AlertOutcome {
    }

    /** An EXIT of an instrument the deployment holds nothing of (its working entries, if any, cancelled). */
    record NothingToExit(Symbol symbol, int cancelled) implements AlertOutcome {
    }
}
