package com.algotrading.common.strategies;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.ExitReason;
import com.algotrading.common.orders.Fill;
import com.algotrading.common.orders.OrderIntent;
import com.algotrading.common.orders.Position;
import com.algotrading.common.orders.Side;

import java.util.Optional;

/**
 * One instrument of a live deployment: the same {@link StrategyRun} the backtest runs, with the same sizing, the same
 * intraday square-off and the same {@link ProtectiveLevels}, deciding on closed bars and — for the stop, trailing stop
 * and target — on the ticks between them. It decides and remembers; sending is the caller's. One order at a time:
 * while one is working, the strategy still sees every bar (its indicators must) but a new intent waits.
 *
 * <p>On a bar, in the backtest's order: an intraday position left from an earlier day, or at the square-off time, is
 * closed; the stop and target are checked against the bar's range (a tick may have been missed); then the strategy
 * sees the bar. Not thread-safe: the caller feeds bars, ticks and order outcomes one at a time.
 */
public final class LiveStrategy {

    private final StrategyRun run;
    private final ExitRules exits;
    private final ProtectiveLevels levels;
    private Position position = Position.FLAT;
    private long lastBarDay = Long.MIN_VALUE;
    private boolean working;

    public LiveStrategy(StrategyRun run, TickSize tick) {
        this.run = run;
        this.exits = run.exits();
        this.levels = new ProtectiveLevels(exits, tick);
    }

    /** A bar of history before trading starts: the strategy learns from it, nothing is decided. */
    public void warm(Bar bar, long equity) {
        run.onBar(bar, position, equity);
        lastBarDay = IstTime.epochDay(bar.start());
    }

    /** After a restart: the position this deployment holds, its stop and target set from its average price. */
    public void restore(Position held) {
        position = held;
        if (held.quantity() > 0) {
            levels.enter(held.cost() / held.quantity());
        }
    }

    /**
     * A closed bar.
     *
     * @param equity the deployment's equity in paise at the bar's close, for percent-of-equity sizing
     * @return what to send, if anything
     */
    public Optional<OrderIntent> onBar(Bar bar, long equity) {
        long day = IstTime.epochDay(bar.start());
        boolean newDay = day != lastBarDay && lastBarDay != Long.MIN_VALUE;
        lastBarDay = day;
        Optional<OrderIntent> exit = Optional.empty();
        if (exits.isIntraday() && !position.isFlat() && (newDay || exits.mustSquareOff(bar.start()))) {
            exit = Optional.of(closing(ExitReason.SQUARE_OFF));
        } else if (position.quantity() > 0) {
            exit = protectiveExit(bar.low(), bar.high());
        }
        Optional<OrderIntent> decided = run.onBar(bar, position, equity);
        if (working) {
            return Optional.empty();
        }
        Optional<OrderIntent> intent = exit.isPresent() ? exit : decided;
        intent.ifPresent(sent -> working = true);
        return intent;
    }

    /** A last traded price between bars: the stop, trailing stop and target are watched here. */
    public Optional<OrderIntent> onTick(long price) {
        if (working || position.quantity() <= 0) {
            return Optional.empty();
        }
        Optional<OrderIntent> exit = protectiveExit(price, price);
        exit.ifPresent(sent -> working = true);
        return exit;
    }

    /**
     * Whether a tick could make it act now: a long position, no order working, and a stop or target to watch. When
     * not, a tick may go unseen (the next bar's range is checked all the same).
     */
    public boolean watchesTicks() {
        return !working && position.quantity() > 0 && (levels.stop() > 0 || levels.target() != Long.MAX_VALUE);
    }

    /** A fill of this instrument's order: the position moves; an entry sets the stop and target. */
    public void filled(Fill fill) {
        boolean entering = position.isFlat() && fill.side() == Side.BUY;
        position = position.apply(fill.side(), fill.quantity(), fill.price());
        if (entering) {
            levels.enter(fill.price());
        }
        run.onFill(fill);
    }

    /** The working order is done (filled, cancelled, rejected) or was never sent (denied by risk): the next may go. */
    public void orderEnded() {
        working = false;
    }

    public boolean working() {
        return working;
    }

    public Position position() {
        return position;
    }

    private Optional<OrderIntent> protectiveExit(long low, long high) {
        if (low <= levels.stop()) {
            return Optional.of(closing(levels.stopReason()));
        }
        if (high >= levels.target()) {
            return Optional.of(closing(ExitReason.TARGET));
        }
        levels.saw(high);
        return Optional.empty();
    }

    private OrderIntent closing(ExitReason reason) {
        return new OrderIntent(position.quantity() > 0 ? Side.SELL : Side.BUY, Math.abs(position.quantity()), reason);
    }
}
