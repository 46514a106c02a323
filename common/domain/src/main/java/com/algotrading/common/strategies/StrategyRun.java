package com.algotrading.common.strategies;

import com.algotrading.common.market.Bar;
import com.algotrading.common.orders.ExitReason;
import com.algotrading.common.orders.Fill;
import com.algotrading.common.orders.OrderIntent;
import com.algotrading.common.orders.Position;
import com.algotrading.common.orders.Side;

import java.util.Optional;

/**
 * A strategy as one run trades it, the same in backtest, paper and live: the strategy's signals become order intents
 * sized in whole lots, entries respect the run's no-new-entries time, and exits sell the whole position. The run's
 * protective exits ({@link #exits()}) are the executor's to watch, since only it sees prices between bars.
 */
public final class StrategyRun {

    private final Strategy strategy;
    private final Sizing sizing;
    private final ExitRules exits;
    private final int lotSize;

    public StrategyRun(Strategy strategy, Sizing sizing, ExitRules exits, int lotSize) {
        if (lotSize < 1) {
            throw new IllegalArgumentException("lot size must be at least 1, got " + lotSize);
        }
        this.strategy = strategy;
        this.sizing = sizing;
        this.exits = exits;
        this.lotSize = lotSize;
    }

    /**
     * Feeds a closed bar to the strategy.
     *
     * @param equity the account's equity in paise at this bar's close, for percent-of-equity sizing
     * @return the intent the strategy's signal leads to, if any
     */
    public Optional<OrderIntent> onBar(Bar bar, Position position, long equity) {
        Signal signal = strategy.onBar(bar, position);
        if (signal == Signal.ENTER_LONG && position.isFlat() && exits.allowsEntry(bar.start())) {
            long quantity = sizing.quantity(bar.close(), equity, lotSize);
            return quantity > 0 ? Optional.of(new OrderIntent(Side.BUY, quantity, ExitReason.SIGNAL)) : Optional.empty();
        }
        if (signal == Signal.EXIT_LONG && position.quantity() > 0) {
            return Optional.of(new OrderIntent(Side.SELL, position.quantity(), ExitReason.SIGNAL));
        }
        return Optional.empty();
    }

    /** The same sizing and exits around another (fresh) strategy, e.g. one per point of a parameter sweep. */
    public StrategyRun withStrategy(Strategy other) {
        return new StrategyRun(other, sizing, exits, lotSize);
    }

    public void onFill(Fill fill) {
        strategy.onFill(fill);
    }

    public ExitRules exits() {
        return exits;
    }
}
