package com.algotrading.common.strategies;

import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.ExitReason;

/**
 * A long position's protective exits as a trader places them on the grid, the same in backtest and live: the stop (the
 * higher of the fixed stop and the trailing stop) and the target, both sell orders, so both round down — the stop
 * triggers no sooner and fills no higher than its rule says; the target (a limit) fills at no more than its rule says.
 * They are set at entry and move only with a new high since entry (the trailing stop), not with every price.
 */
public final class ProtectiveLevels {

    private final ExitRules exits;
    private final TickSize tick;
    private long entryPrice;
    private long highest;
    private long stop;
    private ExitReason stopReason = ExitReason.STOP_LOSS;
    private long target = Long.MAX_VALUE;

    public ProtectiveLevels(ExitRules exits, TickSize tick) {
        this.exits = exits;
        this.tick = tick;
    }

    /** The position was entered at {@code price} (paise). */
    public void enter(long price) {
        entryPrice = price;
        highest = price;
        target = exits.targetPpm() == 0 ? Long.MAX_VALUE : tick.worseForSeller(exits.longTarget(price));
        placeStop();
    }

    /** A new price seen; a new high since entry raises the trailing stop. */
    public void saw(long high) {
        if (high > highest) {
            highest = high;
            placeStop();
        }
    }

    /** 0 when neither a fixed nor a trailing stop is set. */
    public long stop() {
        return stop;
    }

    public ExitReason stopReason() {
        return stopReason;
    }

    /** {@code Long.MAX_VALUE} when there is no target. */
    public long target() {
        return target;
    }

    private void placeStop() {
        stop = tick.worseForSeller(exits.longStop(entryPrice, highest));
        stopReason = exits.trailingBinds(entryPrice, highest) ? ExitReason.TRAILING_STOP : ExitReason.STOP_LOSS;
    }
}
