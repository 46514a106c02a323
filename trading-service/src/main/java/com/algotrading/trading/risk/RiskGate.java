package com.algotrading.trading.risk;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Rupees;
import com.algotrading.common.orders.OrderId;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.common.risk.Exposure;
import com.algotrading.common.risk.OrderCheck;
import com.algotrading.common.risk.PositionKey;
import com.algotrading.common.risk.RiskBook;
import com.algotrading.common.risk.RiskDecision;
import com.algotrading.common.risk.RiskEngine;
import com.algotrading.common.risk.RiskLimits;
import com.algotrading.common.risk.RiskSnapshot;
import com.algotrading.common.risk.RiskState;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.trading.audit.AuditLog;
import com.algotrading.trading.broker.Broker;
import com.algotrading.trading.events.EventLog;
import com.algotrading.trading.events.EventType;
import com.algotrading.trading.leadership.LeaderDuty;
import com.algotrading.trading.market.MarketClock;
import com.algotrading.trading.positions.Holding;
import com.algotrading.trading.positions.PositionBook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where every order meets the risk engine. The check and the reservation it leads to happen under one lock, so
 * limits hold exactly however many orders arrive at once; only the active instance holds a book (the standby
 * refuses writes before reaching here). The state and the limits are persisted: a kill switch and an admin's limits
 * survive a restart, and the day's trade count is rebuilt from the orders table.
 */
@Component
@Order(20)
public class RiskGate implements LeaderDuty {

    private static final Logger log = LoggerFactory.getLogger(RiskGate.class);

    /** The result of {@link #approve}: the decision and, when approved, whether the order only reduces a position. */
    public record Approval(RiskDecision decision, boolean reducing) {
    }

    private final RiskEngine engine;
    private final TradingSettings settings;
    private final RiskStateRepository store;
    private final PositionBook positions;
    private final MarketClock market;
    private final Funds funds;
    private final AuditLog audit;
    private final EventLog events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, String> platformHalts = new LinkedHashMap<>();

    private RiskBook book = new RiskBook();
    private RiskLimits limits;
    private Optional<RiskLimits> adminLimits = Optional.empty();
    private RiskState state = RiskState.ACTIVE;
    private Optional<String> reason = Optional.empty();
    private LocalDate stateDay;

    RiskGate(RiskEngine engine, TradingSettings settings, RiskStateRepository store, PositionBook positions,
             MarketClock market, Funds funds, AuditLog audit, EventLog events, TransactionTemplate transactions,
             Clock clock) {
        this.engine = engine;
        this.settings = settings;
        this.store = store;
        this.positions = positions;
        this.market = market;
        this.funds = funds;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
        this.limits = settings.limits();
        this.stateDay = today(clock.instant());
    }

    @Override
    public void takeOver() {
        lock.lock();
        try {
            Optional<RiskStateRepository.Stored> stored = store.load();
            state = stored.map(RiskStateRepository.Stored::state).orElse(RiskState.ACTIVE);
            reason = stored.flatMap(RiskStateRepository.Stored::reason);
            stateDay = stored.map(RiskStateRepository.Stored::day).orElse(today(clock.instant()));
            adminLimits = stored.flatMap(RiskStateRepository.Stored::limits);
            limits = adminLimits.orElse(settings.limits());
            book = new RiskBook();
            for (Holding holding : positions.all()) {
                book.setPosition(holding.key(), holding.position().quantity());
            }
            log.info("Risk state {}{}, limits {}", state, reason.map(r -> " (" + r + ")").orElse(""), limits);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void handOver() {
        // The book is rebuilt from the tables on the next takeover; nothing to write.
    }

    /** Restores the day's count and the orders still in flight, before the first new order is accepted. */
    public void restore(int tradesToday, Iterable<InFlight> inFlight) {
        lock.lock();
        try {
            book.startDay(clock.instant(), tradesToday);
            for (InFlight order : inFlight) {
                book.restorePending(order.id(), order.key(), order.side(), order.remaining(), order.reducing());
            }
        } finally {
            lock.unlock();
        }
    }

    /** An order still in flight at takeover, as risk counts it. */
    public record InFlight(OrderId id, PositionKey key, Side side, long remaining, boolean reducing) {
    }

    /** Checks an order and, when it passes, reserves it (pending, counted, sent now) in the same step. */
    public Approval approve(OrderId id, OrderCheck order) {
        // A halted account is denied by the kill-switch rule before the funds rule: the broker, possibly the reason for
        // the halt, is not asked.
        long available = halted() ? 0 : funds.available();
        Instant now = clock.instant();
        lock.lock();
        try {
            rollDay(now);
            Exposure exposure = book.assess(order);
            RiskSnapshot snapshot = new RiskSnapshot(effectiveState(), effectiveReason(), limits, exposure.reduces(),
                    exposure.opensPosition(), exposure.valueAfter(), exposure.openPositions(), book.tradesToday(now),
                    positions.dayPnl(today(now)).net(), book.ordersInLastSecond(now), available,
                    funds.margin(order.product(), order.value()), market.hours(now));
            RiskDecision decision = engine.evaluate(order, snapshot);
            if (decision instanceof RiskDecision.Approved) {
                book.reserve(id, order, exposure.reduces(), now);
            }
            return new Approval(decision, exposure.reduces());
        } finally {
            lock.unlock();
        }
    }

    public void release(OrderId id) {
        withLock(() -> book.release(id, clock.instant()));
    }

    public void filled(OrderId id, PositionKey key, Side side, long quantity) {
        withLock(() -> book.filled(id, key, side, quantity));
    }

    public void finished(OrderId id) {
        withLock(() -> book.finished(id));
    }

    public void positionCorrected(PositionKey key, long quantity) {
        withLock(() -> book.setPosition(key, quantity));
    }

    /** The kill switch: HALTED until an admin releases it. */
    public RiskView halt(String why, String actor) {
        return change(RiskState.HALTED, Optional.of(why), actor, "risk.kill-switch-engaged", Map.of("reason", why));
    }

    /** The explicit release: ACTIVE again (REDUCING if the day's loss is still at the limit). */
    public RiskView releaseHalt(String actor) {
        RiskState next = atLossLimit(clock.instant()) ? RiskState.REDUCING : RiskState.ACTIVE;
        Optional<String> why = next == RiskState.REDUCING ? Optional.of(lossReason()) : Optional.empty();
        return change(next, why, actor, "risk.kill-switch-released", Map.of("state", next.name()));
    }

    public RiskView updateLimits(RiskLimits next, String actor) {
        lock.lock();
        try {
            Instant now = clock.instant();
            transactions.executeWithoutResult(tx -> {
                store.save(state, reason, stateDay, Optional.of(next), now);
                audit.record(now, actor, "risk.limits-changed", Map.of("from", limits, "to", next));
            });
            adminLimits = Optional.of(next);
            limits = next;
        } finally {
            lock.unlock();
        }
        return publish();
    }

    /** Called as prices move: at the daily-loss limit an ACTIVE account turns REDUCING on its own. */
    public void checkDailyLoss() {
        Instant now = clock.instant();
        boolean reached;
        lock.lock();
        try {
            rollDay(now);
            reached = state == RiskState.ACTIVE && atLossLimit(now);
        } finally {
            lock.unlock();
        }
        if (reached) {
            change(RiskState.REDUCING, Optional.of(lossReason()), "system", "risk.daily-loss-limit-reached",
                    Map.of("dailyPnl", positions.dayPnl(today(now)).net()));
        }
    }

    /** A halt the platform raises and lifts itself (e.g. the broker unreachable); the kill switch is not one. */
    public void platformHalt(String source, Optional<String> why) {
        boolean changed;
        lock.lock();
        try {
            changed = why.isPresent() ? !why.get().equals(platformHalts.put(source, why.get()))
                    : platformHalts.remove(source) != null;
        } finally {
            lock.unlock();
        }
        if (changed) {
            log.warn("Trading {} by {}: {}", why.isPresent() ? "halted" : "resumed", source, why.orElse("cause gone"));
            publish();
        }
    }

    public boolean halted() {
        lock.lock();
        try {
            return effectiveState() == RiskState.HALTED;
        } finally {
            lock.unlock();
        }
    }

    public RiskView view() {
        Instant now = clock.instant();
        lock.lock();
        try {
            rollDay(now);
            return new RiskView(effectiveState(), effectiveReason(), book.tradesToday(now), limits.maxDailyTrades(),
                    positions.dayPnl(today(now)).net(), limits);
        } finally {
            lock.unlock();
        }
    }

    /** The state as stored (the standby's view of the risk state, without a book). */
    public RiskView storedView() {
        Optional<RiskStateRepository.Stored> stored = store.load();
        RiskLimits storedLimits = stored.flatMap(RiskStateRepository.Stored::limits).orElse(settings.limits());
        return new RiskView(stored.map(RiskStateRepository.Stored::state).orElse(RiskState.ACTIVE),
                stored.flatMap(RiskStateRepository.Stored::reason), 0, storedLimits.maxDailyTrades(),
                positions.dayPnl(today(clock.instant())).net(), storedLimits);
    }

    private RiskView change(RiskState next, Optional<String> why, String actor, String action, Map<String, ?> details) {
        lock.lock();
        try {
            Instant now = clock.instant();
            LocalDate day = today(now);
            transactions.executeWithoutResult(tx -> {
                store.save(next, why, day, adminLimits, now);
                audit.record(now, actor, action, details);
            });
            state = next;
            reason = why;
            stateDay = day;
        } finally {
            lock.unlock();
        }
        return publish();
    }

    private RiskView publish() {
        RiskView view = view();
        events.publish(EventType.RISK, view);
        return view;
    }

    private RiskState effectiveState() {
        return platformHalts.isEmpty() ? state : RiskState.HALTED;
    }

    private Optional<String> effectiveReason() {
        if (state == RiskState.HALTED || platformHalts.isEmpty()) {
            return reason;
        }
        return Optional.of(String.join("; ", platformHalts.values()));
    }

    /** REDUCING belongs to its trading day: the next day starts ACTIVE (a kill switch stays). */
    private void rollDay(Instant now) {
        LocalDate day = today(now);
        if (state == RiskState.REDUCING && day.isAfter(stateDay)) {
            state = RiskState.ACTIVE;
            reason = Optional.empty();
            stateDay = day;
        }
    }

    private boolean atLossLimit(Instant now) {
        return positions.dayPnl(today(now)).net() <= -limits.maxDailyLoss();
    }

    private String lossReason() {
        return "the daily loss limit of " + Rupees.format(limits.maxDailyLoss()) + " was reached";
    }

    private void withLock(Runnable action) {
        lock.lock();
        try {
            action.run();
        } finally {
            lock.unlock();
        }
    }

    private static LocalDate today(Instant now) {
        return IstTime.date(now);
    }

    /** The margin rates: intraday at PAPER_INTRADAY_MARGIN_PERCENT of value (the broker's leverage), delivery in full. */
    static long marginPercent(Product product, TradingSettings settings) {
        return product == Product.INTRADAY ? settings.paperIntradayMarginPercent() : 100;
    }
}
