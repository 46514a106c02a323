package com.algotrading.trading.reconciliation;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderStatus;
import com.algotrading.common.risk.PositionKey;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.trading.audit.AuditLog;
import com.algotrading.trading.broker.Broker;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.BrokerPosition;
import com.algotrading.trading.broker.BrokerUnavailableException;
import com.algotrading.trading.events.EventLog;
import com.algotrading.trading.events.EventType;
import com.algotrading.trading.leadership.LeaderDuty;
import com.algotrading.trading.market.LastPrices;
import com.algotrading.trading.orders.ExternalOrders;
import com.algotrading.trading.orders.OrderDesk;
import com.algotrading.trading.positions.Holding;
import com.algotrading.trading.positions.PositionBook;
import com.algotrading.trading.positions.PositionRepository;
import com.algotrading.trading.positions.PositionView;
import com.algotrading.trading.risk.RiskGate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Brings our books in line with the broker's: at takeover, before the first order is accepted, and every
 * {@code RECONCILE_INTERVAL_SECONDS} after. Orders in flight are settled from the broker's view of them (fills we
 * missed, cancels, rejections; an order the broker never saw counts as never placed once its answer can no longer be
 * on its way). Then positions: where the broker's quantity differs and no order of ours is moving that position, the
 * broker's quantity is the truth; the correction is audited and published. Orders in the broker's book that are not
 * ours (placed in its app) are adopted to be shown, marked external, never managed ({@link ExternalOrders}).
 */
@Component
@org.springframework.core.annotation.Order(50)
class Reconciler implements LeaderDuty {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);

    private final OrderDesk desk;
    private final ExternalOrders externalOrders;
    private final Broker broker;
    private final PositionBook positions;
    private final PositionRepository positionRows;
    private final RiskGate risk;
    private final LastPrices prices;
    private final AuditLog audit;
    private final EventLog events;
    private final TransactionTemplate transactions;
    private final TradingSettings settings;
    private final Clock clock;
    private ScheduledExecutorService schedule;

    Reconciler(OrderDesk desk, ExternalOrders externalOrders, Broker broker, PositionBook positions, PositionRepository positionRows, RiskGate risk,
               LastPrices prices, AuditLog audit, EventLog events, TransactionTemplate transactions,
               TradingSettings settings, Clock clock) {
        this.desk = desk;
        this.externalOrders = externalOrders;
        this.broker = broker;
        this.positions = positions;
        this.positionRows = positionRows;
        this.risk = risk;
        this.prices = prices;
        this.audit = audit;
        this.events = events;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void takeOver() {
        desk.inFlightInPages().filter(order -> order.status() == OrderStatus.NEW).forEach(order ->
                desk.markInDoubt(order, "the service stopped before the broker's answer was recorded"));
        Outcome outcome = reconcile();
        log.info("Reconciled at takeover: {}", outcome);
        schedule = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("reconciliation").factory());
        long every = settings.reconcileInterval().toMillis();
        schedule.scheduleWithFixedDelay(this::reconcileQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void handOver() {
        if (schedule != null) {
            schedule.shutdownNow();
            schedule = null;
        }
    }

    /** What one round changed; {@code externalOrdersChanged}: orders placed outside the platform, new or moved. */
    public record Outcome(int ordersChecked, int ordersChanged, int positionsCorrected, int externalOrdersChanged) {
    }

    public Outcome reconcile() {
        Instant started = clock.instant();
        int checked = 0;
        int changed = 0;
        Set<PositionKey> moving = new HashSet<>();
        // One look at the broker's order book for today's orders; an order of an earlier day is asked for by itself.
        List<BrokerOrderState> listed = broker.orderBook();
        Map<ClientOrderId, BrokerOrderState> book = new HashMap<>();
        for (BrokerOrderState state : listed) {
            state.clientOrderId().ifPresent(id -> book.put(id, state));
        }
        int adopted = externalOrders.adopt(listed);
        // Our side a page at a time: thousands of resting orders are not all held at once for the whole round. Those
        // placed since it began are the next round's (the broker's book above predates them).
        Iterator<Order> inFlight = desk.inFlightInPages().takeWhile(order -> order.createdAt().isBefore(started))
                .iterator();
        while (inFlight.hasNext()) {
            Order order = inFlight.next();
            checked++;
            Optional<BrokerOrderState> theirs = book.containsKey(order.clientOrderId())
                    ? Optional.of(book.get(order.clientOrderId())) : broker.find(order.clientOrderId());
            if (agrees(order, theirs)) {
                moving.add(new PositionKey(order.request().symbol(), order.request().product()));
                continue;
            }
            Order after = desk.settle(order, theirs, broker.answerDelay(), "reconciliation");
            if (!after.equals(order)) {
                changed++;
            }
            if (!after.status().isTerminal()) {
                moving.add(new PositionKey(after.request().symbol(), after.request().product()));
            }
        }
        int corrected = reconcilePositions(moving, started);
        return new Outcome(checked, changed, corrected, adopted);
    }

    /** A resting order both books show the same way needs no transaction: most of them, most of the time. */
    private static boolean agrees(Order ours, Optional<BrokerOrderState> theirs) {
        if (theirs.isEmpty() || theirs.get().filledQuantity() != ours.filledQuantity()) {
            return false;
        }
        return switch (theirs.get().status()) {
            case OPEN -> ours.status() == OrderStatus.OPEN || ours.status() == OrderStatus.PARTIALLY_FILLED;
            case PENDING -> ours.status() == OrderStatus.SENT;
            case FILLED, CANCELLED, REJECTED -> false;
        };
    }

    private int reconcilePositions(Set<PositionKey> moving, Instant started) {
        Map<PositionKey, Long> theirs = new HashMap<>();
        for (BrokerPosition position : broker.positions()) {
            theirs.merge(new PositionKey(position.symbol(), position.product()), position.quantity(), Long::sum);
        }
        Map<PositionKey, Long> ours = new HashMap<>();
        for (Holding holding : positions.all()) {
            ours.put(holding.key(), holding.position().quantity());
        }
        Set<PositionKey> keys = new HashSet<>(theirs.keySet());
        keys.addAll(ours.keySet());
        // An order placed while this round ran may be moving a position the broker already shows moved.
        desk.inFlightSince(started)
                .forEach(order -> moving.add(new PositionKey(order.request().symbol(), order.request().product())));
        int corrected = 0;
        for (PositionKey key : keys) {
            long broker = theirs.getOrDefault(key, 0L);
            long own = ours.getOrDefault(key, 0L);
            if (broker != own && !moving.contains(key)) {
                correct(key, own, broker);
                corrected++;
            }
        }
        return corrected;
    }

    private void correct(PositionKey key, long own, long brokers) {
        Instant now = clock.instant();
        LocalDate day = IstTime.date(now);
        long mark = prices.price(key.symbol());
        Holding corrected = transactions.execute(tx -> {
            Holding holding = positionRows.correct(key, brokers, mark, day, now);
            audit.record(now, "reconciliation", "reconciliation.position-corrected", Map.of("symbol",
                    key.symbol().toString(), "product", key.product().name(), "ours", own, "broker", brokers));
            return holding;
        });
        log.warn("Position {} {} was {} here but {} at the broker: corrected from the broker's books", key.symbol(),
                key.product(), own, brokers);
        positions.updated(corrected);
        risk.positionCorrected(key, brokers);
        events.publish(EventType.POSITION, PositionView.of(corrected, positions, day));
    }

    private void reconcileQuietly() {
        try {
            Outcome outcome = reconcile();
            if (outcome.ordersChanged() > 0 || outcome.positionsCorrected() > 0) {
                log.info("Reconciliation corrected our books: {}", outcome);
            }
        } catch (BrokerUnavailableException | DataAccessException | TransactionException e) {
            log.warn("Reconciliation skipped: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.error("Reconciliation failed", e);
        }
    }
}
