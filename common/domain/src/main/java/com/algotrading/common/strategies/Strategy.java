package com.algotrading.common.strategies;

import com.algotrading.common.market.Bar;
import com.algotrading.common.orders.Fill;
import com.algotrading.common.orders.Position;

/**
 * A trading rule. It sees only closed bars of its instrument, in time order, and its own position and fills: no
 * broker, no clock, no database, so the same instance behaves identically in backtest, paper and live trading.
 * Implementations keep their indicators' state and must be fed every bar, including while a position is open.
 */
public interface Strategy {

    /**
     * @param bar      the bar that just closed
     * @param position this strategy's position before acting on the bar
     * @return the signal; {@link Signal#NONE} when nothing changes
     */
    Signal onBar(Bar bar, Position position);

    /** Called for each of this strategy's fills; most rules ignore them. */
    default void onFill(Fill fill) {
    }
}
