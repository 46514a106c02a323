package com.algotrading.trading.deployments;

import com.algotrading.common.charges.Charges;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.SessionAlignedBars;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ExitReason;
import com.algotrading.common.orders.Fill;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderEvent.OrderFilled;
import com.algotrading.common.orders.OrderIntent;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.Position;
import com.algotrading.common.strategies.LiveStrategy;
import com.algotrading.common.strategies.StrategyRun;
import com.algotrading.trading.market.BarStream;
import com.algotrading.trading.orders.PlaceResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One running deployment: a {@link LiveStrategy} per instrument, fed the data-service's 1-minute bars (folded into the
 * deployment's interval the session-aligned way), the last prices between bars, and the outcomes of its own orders.
 * Everything for one deployment happens on its own lane, one at a time, so the strategies need no locks and a slow
 * deployment holds up no other.
 */
final class RunningDeployment {

    private static final Logger log = LoggerFactory.getLogger(RunningDeployment.class);

    /** One instrument: its strategy, the bar builder of the interval, and what it last saw. */
    private final class Leg {
        final Symbol symbol;
        final LiveStrategy live;
        final SessionAlignedBars bars;
        Instant warmedUntil = Instant.MIN;
        Instant lastArrival;
        /** Whether its ticks matter (see {@link LiveStrategy#watchesTicks}); set on the lane, read by the tick stream. */
        volatile boolean watching;

        Leg(Symbol symbol, LiveStrategy live, Instant now) {
            this.symbol = symbol;
            this.live = live;
            this.bars = new SessionAlignedBars(deployment.spec().interval(), bar -> decide(this, bar));
            this.lastArrival = now;
        }
    }

    private final Deployment deployment;
    private final DeploymentContext context;
    private final Map<Symbol, Leg> legs = new LinkedHashMap<>();
    private final ThreadPoolExecutor lane;
    private volatile BarStream.Subscription stream;
    private volatile Optional<String> stale = Optional.empty();
    private volatile long barsSeen;
    private volatile Instant lastBarTime;
    private String unsavedEventId;
    private long unsavedBars;

    RunningDeployment(Deployment deployment, DeploymentContext context) {
        this.deployment = deployment;
        this.context = context;
        // A platform thread, not a virtual one: the lane's database round trips are on the bar-to-order path, and on
        // a virtual thread each of them waits for a scheduler hop as well (measured: p50 4.0 → 3.1 ms bar to fill).
        // The lane is this deployment's alone, so every line it logs names the deployment.
        ThreadFactory threads = Thread.ofPlatform().daemon().name("deployment").factory();
        this.lane = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(),
                work -> threads.newThread(() -> inLogScope(work))) {
            @Override
            protected void afterExecute(Runnable task, Throwable failure) {
                // After whatever the task changed: a tick costs a hop onto the lane only for a leg that watches it.
                legs.values().forEach(leg -> leg.watching = leg.live.watchesTicks());
            }
        };
        this.barsSeen = deployment.barsSeen();
        this.lastBarTime = deployment.lastBarTime().orElse(null);
    }

    /** Bars decided on so far, saved or not. */
    long barsSeen() {
        return barsSeen;
    }

    Optional<Instant> lastBarTime() {
        return Optional.ofNullable(lastBarTime);
    }

    /**
     * Saves where the deployment is in the stream, at most once per call (the engine calls every second): one write a
     * second instead of one per bar per instrument. A restart that replays a bar the save missed skips it all the
     * same: the warm-up on stored candles already covers it.
     */
    void saveProgress() {
        lane.execute(() -> {
            if (unsavedEventId != null) {
                context.repository().progressed(deployment.id(), unsavedEventId, unsavedBars, lastBarTime());
                unsavedEventId = null;
                unsavedBars = 0;
            }
        });
    }

    Deployment deployment() {
        return deployment;
    }

    /**
     * Builds the strategies and restores their positions, then subscribes to the live bars and warms on stored
     * candles as the lane's first task: bars that arrive meanwhile wait behind it, and those the warm-up already
     * covered are skipped, so there is no gap and no bar twice.
     */
    void start() {
        Instant now = context.clock().instant();
        Map<Symbol, Position> held = DeploymentResults.of(context.repository().fills(deployment.id())).positions();
        for (Symbol symbol : deployment.spec().instruments()) {
            Instrument instrument = context.instruments().require(symbol);
            StrategyRun run = new StrategyRun(deployment.spec().type().create(deployment.spec().parameters()),
                    deployment.spec().sizing(), deployment.spec().exitRules(), instrument.lotSize());
            Leg leg = new Leg(symbol, new LiveStrategy(run, instrument.tick()), now);
            leg.live.restore(held.getOrDefault(symbol, Position.FLAT));
            legs.put(symbol, leg);
        }
        lane.execute(() -> legs.values().forEach(leg -> warm(leg, now)));
        stream = context.barStream().subscribe(deployment.spec().instruments(), deployment.lastEventId(),
                bar -> lane.execute(() -> minute(bar)));
        log.info("Deployment {} ({}) running on {} instruments", deployment.id(), deployment.spec().strategy(), legs.size());
    }

    void stop() {
        BarStream.Subscription current = stream;
        if (current != null) {
            current.close();
        }
        saveProgress();
        lane.shutdown();
        try {
            lane.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean trades(Symbol symbol) {
        return legs.containsKey(symbol);
    }

    /** A last price of one of its instruments: stops and targets are watched here, on the legs that have them. */
    void ticked(Symbol symbol, long price) {
        Leg leg = legs.get(symbol);
        if (leg != null && leg.watching) {
            lane.execute(() -> leg.live.onTick(price).ifPresent(intent -> send(leg, intent, Optional.empty())));
        }
    }

    /** A committed change of one of its orders. */
    void orderChanged(Order order, Optional<OrderFilled> fill) {
        lane.execute(() -> {
            Leg leg = legs.get(order.request().symbol());
            if (leg == null) {
                return;
            }
            fill.ifPresent(filled -> leg.live.filled(new Fill(filled.time(), order.request().side(), filled.quantity(),
                    filled.price(), ExitReason.SIGNAL, Charges.NONE)));
            if (order.status().isTerminal()) {
                leg.live.orderEnded();
            }
        });
    }

    /** Why new entries are held back, if they are: a feed gone quiet while the market is open. */
    Optional<String> stale() {
        return stale;
    }

    /** Marks the feed stale when an instrument had no bar for {@code quiet} while the market is open; false → true. */
    boolean checkFeed(Instant now, Duration quiet, boolean marketOpen) {
        Optional<String> was = stale;
        Optional<String> found = Optional.empty();
        if (marketOpen) {
            for (Leg leg : legs.values()) {
                if (leg.lastArrival.plus(quiet).isBefore(now)) {
                    found = Optional.of("stale feed: no bar for " + leg.symbol + " since " + leg.lastArrival);
                    break;
                }
            }
        }
        stale = found;
        return !was.equals(found);
    }

    private void warm(Leg leg, Instant now) {
        List<Bar> history;
        try {
            history = context.history().candles(leg.symbol, deployment.spec().interval(),
                    WarmUp.from(deployment.spec(), now), now);
        } catch (RuntimeException e) {
            // The strategy then warms on the live bars: its indicators give no signal until they are ready.
            log.warn("Deployment {} could not warm {} on stored candles: {}", deployment.id(), leg.symbol, e.getMessage());
            return;
        }
        long equity = context.equity();
        for (Bar bar : history) {
            // A bar still in progress at the data-service is not closed: the stream delivers it when it is.
            if (!bar.start().plus(deployment.spec().interval().length()).isAfter(now)) {
                leg.live.warm(bar, equity);
                leg.warmedUntil = bar.start();
            }
        }
    }

    private void minute(BarStream.StreamedBar streamed) {
        Leg leg = legs.get(streamed.symbol());
        if (leg == null) {
            return;
        }
        leg.lastArrival = context.clock().instant();
        context.barClosed(leg.symbol, streamed.bar());
        leg.bars.accept(streamed.bar());
        unsavedEventId = streamed.eventId();
    }

    private void decide(Leg leg, Bar bar) {
        if (!bar.start().isAfter(leg.warmedUntil)) {
            return;
        }
        barsSeen++;
        unsavedBars++;
        lastBarTime = bar.start();
        leg.live.onBar(bar, context.equity()).ifPresent(intent -> send(leg, intent, Optional.of(bar.start())));
    }

    /** Closes every leg that holds a position, with this origin (the kill switch's, the square-off's). */
    void closeLegs(OrderOrigin origin) {
        lane.execute(() -> {
            for (Leg leg : legs.values()) {
                Position position = leg.live.position();
                if (!position.isFlat() && !leg.live.working()) {
                    OrderIntent close = new OrderIntent(position.quantity() > 0 ? com.algotrading.common.orders.Side.SELL
                            : com.algotrading.common.orders.Side.BUY, Math.abs(position.quantity()), ExitReason.SQUARE_OFF);
                    send(leg, close, Optional.empty(), origin);
                }
            }
        });
    }

    /** Net positions its instruments hold, as the deployment's own fills have them. */
    Map<Symbol, Long> held() {
        Map<Symbol, Long> held = new LinkedHashMap<>();
        legs.forEach((symbol, leg) -> held.put(symbol, leg.live.position().quantity()));
        return held;
    }

    private void send(Leg leg, OrderIntent intent, Optional<Instant> decidedOn) {
        send(leg, intent, decidedOn, OrderOrigin.DEPLOYMENT);
    }

    private void send(Leg leg, OrderIntent intent, Optional<Instant> decidedOn, OrderOrigin origin) {
        Optional<String> held = holdBack(intent);
        if (held.isPresent()) {
            leg.live.orderEnded();
            return;
        }
        Optional<OrderIntent> capped = capToAccount(leg, intent);
        if (capped.isEmpty()) {
            leg.live.orderEnded();
            return;
        }
        OrderRequest request = OrderRequest.market(leg.symbol, capped.get().side(), capped.get().quantity(),
                deployment.spec().product(), origin, Optional.of(deployment.id()));
        // Placed off the lane: the order's round trips to the database and the broker do not hold up the decisions
        // on the other instruments of this bar. The strategy's working order keeps a second intent of this one back.
        context.placing().execute(() -> place(leg, intent, request, decidedOn));
    }

    private void place(Leg leg, OrderIntent intent, OrderRequest request, Optional<Instant> decidedOn) {
        inLogScope(() -> placeNamed(leg, intent, request, decidedOn));
    }

    /** Runs {@code work} with {@code deploymentId} in the MDC of its log lines. */
    private void inLogScope(Runnable work) {
        try (MDC.MDCCloseable scope = MDC.putCloseable("deploymentId", deployment.id().value())) {
            work.run();
        }
    }

    private void placeNamed(Leg leg, OrderIntent intent, OrderRequest request, Optional<Instant> decidedOn) {
        PlaceResult result;
        try {
            result = context.desk().place(request, Optional.empty(), "deployment:" + deployment.id());
        } catch (RuntimeException e) {
            onLane(leg.live::orderEnded);
            log.warn("Deployment {} could not send {} {} {}: {}", deployment.id(), intent.side(), intent.quantity(),
                    leg.symbol, e.getMessage());
            return;
        }
        switch (result) {
            case PlaceResult.Placed placed -> remember(placed, intent, decidedOn);
            case PlaceResult.Denied denied -> onLane(() -> {
                leg.live.orderEnded();
                context.denied(deployment.id(), leg.symbol + " " + intent.side() + " " + intent.quantity()
                        + " denied by risk (" + denied.rule() + "): " + denied.reason());
            });
        }
    }

    /** Back on the lane from elsewhere; after a stop there is no lane, and nothing left to tell. */
    private void onLane(Runnable task) {
        try {
            lane.execute(task);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            log.debug("Deployment {} stopped: an order outcome is left unapplied", deployment.id());
        }
    }

    /** Why the order went, for the round trips; the order itself is placed whatever becomes of this note. */
    private void remember(PlaceResult.Placed placed, OrderIntent intent, Optional<Instant> decidedOn) {
        try {
            context.repository().recordOrder(placed.order().id(), deployment.id(), intent.reason().name(), decidedOn);
        } catch (RuntimeException e) {
            log.warn("Deployment {}: order {} is placed but why could not be noted: {}", deployment.id(),
                    placed.order().id(), e.getMessage());
        }
    }

    /**
     * An exit never sells more than the account holds: if the position was closed outside the deployment (by hand, or
     * by the broker), the deployment's own book is stale, and selling its quantity would open a short. The exit is
     * cut to what the account holds, or dropped and the leg set flat.
     */
    private Optional<OrderIntent> capToAccount(Leg leg, OrderIntent intent) {
        boolean closing = intent.reason() != ExitReason.SIGNAL || intent.side() == com.algotrading.common.orders.Side.SELL;
        if (!closing) {
            return Optional.of(intent);
        }
        long account = context.accountPosition(leg.symbol, deployment.spec().product());
        long available = intent.side() == com.algotrading.common.orders.Side.SELL ? Math.max(0, account)
                : Math.max(0, -account);
        if (available >= intent.quantity()) {
            return Optional.of(intent);
        }
        if (available == 0) {
            log.warn("Deployment {}: {} is flat in the account; its own book held {}, now flat", deployment.id(),
                    leg.symbol, leg.live.position().quantity());
            leg.live.restore(Position.FLAT);
            return Optional.empty();
        }
        return Optional.of(new OrderIntent(intent.side(), available, intent.reason()));
    }

    /** A stale feed holds back new entries; exits (they reduce) still go. */
    private Optional<String> holdBack(OrderIntent intent) {
        boolean entry = intent.reason() == ExitReason.SIGNAL && intent.side() == com.algotrading.common.orders.Side.BUY;
        return entry ? stale : Optional.empty();
    }
}
