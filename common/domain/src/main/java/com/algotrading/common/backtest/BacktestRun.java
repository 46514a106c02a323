package com.algotrading.common.backtest;

import com.algotrading.common.charges.Charges;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.ExitReason;
import com.algotrading.common.orders.Fill;
import com.algotrading.common.orders.OrderIntent;
import com.algotrading.common.orders.Position;
import com.algotrading.common.orders.Side;
import com.algotrading.common.orders.Trade;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.StrategyRun;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The mutable state of one backtest: cash, position, the pending order and the results so far. */
final class BacktestRun {

    private final BacktestSettings settings;
    private final ChargesModel chargesModel;
    private final StrategyRun run;
    private final ExitRules exits;
    private final Consumer<BacktestEvent> events;
    private final long[] equity;
    private final long[] days;
    private final List<Trade> trades = new ArrayList<>();
    private int index;
    private long cash;
    private Position position = Position.FLAT;
    private Fill entry;
    private long highestSinceEntry;
    private long stop;
    private ExitReason stopReason;
    private long target;
    private OrderIntent pending;
    private int exposedBars;

    BacktestRun(BacktestSettings settings, ChargesModel chargesModel, StrategyRun run, Consumer<BacktestEvent> events,
                int bars) {
        this.settings = settings;
        this.chargesModel = chargesModel;
        this.run = run;
        this.exits = run.exits();
        this.events = events;
        this.equity = new long[bars];
        this.days = new long[bars];
        this.cash = settings.initialCapital();
    }

    void onBar(Bar bar, Bar previous) {
        long day = IstTime.epochDay(bar.start());
        days[index] = day;
        if (exits.isIntraday() && !position.isFlat() && index > 0 && day != days[index - 1]) {
            exit(previous.start(), previous.close(), ExitReason.SQUARE_OFF);
        }
        if (pending != null) {
            OrderIntent intent = pending;
            pending = null;
            fill(bar.start(), intent.side(), intent.quantity(), bar.open(), intent.reason());
        }
        if (exits.isIntraday() && !position.isFlat() && exits.mustSquareOff(bar.start())) {
            exit(bar.start(), bar.open(), ExitReason.SQUARE_OFF);
        }
        if (position.quantity() > 0) {
            protectiveExits(bar);
        }
        long markedEquity = cash + position.quantity() * bar.close();
        Optional<OrderIntent> intent = run.onBar(bar, position, markedEquity);
        if (intent.isPresent() && pending == null) {
            place(bar, intent.get());
        }
        if (!position.isFlat()) {
            exposedBars++;
        }
        equity[index++] = cash + position.quantity() * bar.close();
    }

    private void place(Bar bar, OrderIntent intent) {
        events.accept(new BacktestEvent.OrderPlaced(bar.start(), intent));
        if (settings.fillModel() == FillModel.CLOSE) {
            fill(bar.start(), intent.side(), intent.quantity(), bar.close(), intent.reason());
        } else {
            pending = intent;
        }
    }

    private void protectiveExits(Bar bar) {
        if (bar.open() <= stop) {
            exit(bar.start(), bar.open(), stopReason);
        } else if (bar.open() >= target) {
            exit(bar.start(), bar.open(), ExitReason.TARGET);
        } else if (bar.low() <= stop) {
            exit(bar.start(), stop, stopReason);
        } else if (bar.high() >= target) {
            exit(bar.start(), target, ExitReason.TARGET);
        } else if (bar.high() > highestSinceEntry) {
            highestSinceEntry = bar.high();
            placeStop();
        }
    }

    /**
     * The protective levels of the position just entered. Both are sell orders a trader would place on the grid, so
     * both round down: the stop triggers no sooner and fills no higher than its rule says; the target (a limit) fills
     * at no more than its rule says, and only when the bar's high reached that rounded level, so never above what the
     * market traded. They are kept, not recomputed per bar: only a new high since entry moves the (trailing) stop.
     */
    private void protect(long entryPrice) {
        highestSinceEntry = entryPrice;
        target = settings.tickSize().worseForSeller(exits.longTarget(entryPrice));
        placeStop();
    }

    private void placeStop() {
        stop = settings.tickSize().worseForSeller(exits.longStop(entry.price(), highestSinceEntry));
        stopReason = exits.trailingBinds(entry.price(), highestSinceEntry) ? ExitReason.TRAILING_STOP
                : ExitReason.STOP_LOSS;
    }

    private void exit(Instant time, long price, ExitReason reason) {
        events.accept(new BacktestEvent.OrderPlaced(time, new OrderIntent(Side.SELL, position.quantity(), reason)));
        fill(time, Side.SELL, position.quantity(), price, reason);
    }

    private void fill(Instant time, Side side, long quantity, long price, ExitReason reason) {
        long filled = onTick(side, reason == ExitReason.TARGET ? price : slipped(side, price));
        Charges charges = settings.hasCosts()
                ? chargesModel.charges(settings.segment(), side, quantity, filled, IstTime.date(time))
                : Charges.NONE;
        Fill fill = new Fill(time, side, quantity, filled, reason, charges);
        cash += fill.cashFlow() - charges.total();
        position = position.apply(side, quantity, filled);
        events.accept(new BacktestEvent.OrderFilled(fill));
        run.onFill(fill);
        if (side == Side.BUY) {
            entry = fill;
            protect(filled);
        } else {
            Trade trade = Trade.of(entry, fill);
            trades.add(trade);
            events.accept(new BacktestEvent.TradeClosed(trade));
        }
    }

    /** Adverse slippage, rounded half-up to the paisa (then onto the grid by {@link #onTick}). */
    private long slipped(Side side, long price) {
        long slip = (price * settings.slippageBps() + 5_000) / 10_000;
        return Math.max(1, price + side.sign() * slip);
    }

    /**
     * The price an exchange would have filled: on the grid and never better for the trader than the computed one — a
     * buy rounds up, a sell down (but not below one tick, the lowest price there is).
     */
    private long onTick(Side side, long price) {
        TickSize tick = settings.tickSize();
        return side == Side.BUY ? tick.worseForBuyer(price) : Math.max(tick.paise(), tick.worseForSeller(price));
    }

    void finish(Bar last) {
        if (pending != null) {
            events.accept(new BacktestEvent.OrderExpired(last.start(), pending));
            pending = null;
        }
        if (!position.isFlat()) {
            exit(last.start(), last.close(), ExitReason.END_OF_DATA);
        }
        equity[index - 1] = cash;
    }

    List<Trade> trades() {
        return List.copyOf(trades);
    }

    long[] days() {
        return days;
    }

    long[] equity() {
        return equity;
    }

    int exposedBars() {
        return exposedBars;
    }
}
