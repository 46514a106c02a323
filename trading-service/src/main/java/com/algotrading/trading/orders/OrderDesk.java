package com.algotrading.trading.orders;

import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.charges.Segment;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderEvent;
import com.algotrading.common.orders.OrderEvent.OrderFilled;
import com.algotrading.common.orders.OrderEvent.OrderInDoubt;
import com.algotrading.common.orders.OrderEvent.OrderOpened;
import com.algotrading.common.orders.OrderEvent.OrderRejected;
import com.algotrading.common.orders.OrderEvent.OrderSent;
import com.algotrading.common.orders.OrderId;
import com.algotrading.common.orders.OrderLifecycle;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.OrderStatus;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.common.orders.Transition;
import com.algotrading.common.risk.OrderCheck;
import com.algotrading.common.risk.PositionKey;
import com.algotrading.common.risk.RiskDecision;
import com.algotrading.common.service.tracing.CurrentTrace;
import com.algotrading.trading.audit.AuditLog;
import com.algotrading.trading.broker.Broker;
import com.algotrading.trading.broker.BrokerOrder;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.CancelOutcome;
import com.algotrading.trading.broker.PlaceOutcome;
import com.algotrading.trading.events.EventLog;
import com.algotrading.trading.events.EventType;
import com.algotrading.trading.leadership.LeaderDuty;
import com.algotrading.trading.leadership.Leadership;
import com.algotrading.trading.leadership.NotLeaderException;
import com.algotrading.trading.market.InstrumentDirectory;
import com.algotrading.trading.market.LastPrices;
import com.algotrading.trading.market.MarketDataUnavailableException;
import com.algotrading.trading.positions.Holding;
import com.algotrading.trading.positions.PositionBook;
import com.algotrading.trading.positions.PositionRepository;
import com.algotrading.trading.positions.PositionView;
import com.algotrading.trading.risk.Funds;
import com.algotrading.trading.risk.RiskGate;
import com.algotrading.trading.web.ApiMoney;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * The order manager. A new order passes risk, is persisted {@code NEW} with its client order id, and only then goes to
 * the broker; whatever the broker answers is recorded as an event through the state machine. An ambiguous answer
 * leaves the order {@code UNKNOWN} for reconciliation to settle from the broker's books: nothing here ever sends an
 * order twice. Every change commits with its audit entry and, for a fill, the position it moves.
 */
@Component
@org.springframework.core.annotation.Order(30)
public class OrderDesk implements LeaderDuty {

    private static final Logger log = LoggerFactory.getLogger(OrderDesk.class);
    private static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);
    private static final int IN_FLIGHT_PAGE = 500;

    private final OrderRepository orders;
    private final PositionRepository positionRows;
    private final PositionBook positions;
    private final RiskGate risk;
    private final Funds funds;
    private final InstrumentDirectory instruments;
    private final LastPrices prices;
    private final Broker broker;
    private final ChargesModel charges;
    private final AuditLog audit;
    private final EventLog events;
    private final Leadership leadership;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RandomGenerator random;
    private final CurrentTrace trace;
    private final List<OrderListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final OrderStripes stripes = new OrderStripes();
    /**
     * Orders between their NEW row and their recorded answer: the broker may not list one yet, and it is not for
     * reconciliation to call it never placed while this desk is still placing it.
     */
    private final Set<OrderId> sending = java.util.concurrent.ConcurrentHashMap.newKeySet();

    OrderDesk(OrderRepository orders, PositionRepository positionRows, PositionBook positions, RiskGate risk, Funds funds,
              InstrumentDirectory instruments, LastPrices prices, Broker broker, ChargesModel charges, AuditLog audit,
              EventLog events, Leadership leadership, TransactionTemplate transactions, Clock clock,
              RandomGenerator random, CurrentTrace trace) {
        this.orders = orders;
        this.positionRows = positionRows;
        this.positions = positions;
        this.risk = risk;
        this.funds = funds;
        this.instruments = instruments;
        this.prices = prices;
        this.broker = broker;
        this.charges = charges;
        this.audit = audit;
        this.events = events;
        this.leadership = leadership;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
        this.trace = trace;
        broker.onUpdate(this::brokerUpdated);
    }

    @Override
    public void takeOver() {
        List<Order> inFlight = orders.inFlight();
        LocalDate today = today(clock.instant());
        // A NEW order may have reached the broker before the service stopped: it counts, as it did before the stop.
        long unsentToday = inFlight.stream().filter(order -> order.status() == OrderStatus.NEW && !order.reducing()
                && today(order.createdAt()).equals(today)).count();
        risk.restore(orders.countedTrades(today) + (int) unsentToday, inFlight.stream()
                .map(order -> new RiskGate.InFlight(order.id(), key(order), order.request().side(),
                        order.remainingQuantity(), order.reducing())).toList());
    }

    @Override
    public void handOver() {
        // Orders live in their table; the next active instance restores what is in flight from it.
    }

    /** Adds a listener of committed order changes (deployments follow their own orders so). */
    public void addListener(OrderListener listener) {
        listeners.add(listener);
    }

    /**
     * Places an order: risk, persistence (with the trace id of the request), then the broker.
     *
     * @param idempotencyKey the caller's {@code Idempotency-Key}: the same key within 24 h returns the first order
     * @throws InvalidOrderException         off the tick, not whole lots
     * @throws OrderConflictException        the key was used for a different request
     * @throws NotLeaderException            on the standby, or when the lock was lost before the order was written
     * @throws MarketDataUnavailableException no instrument data or no price to check a market order with
     */
    public PlaceResult place(OrderRequest request, Optional<String> idempotencyKey, String actor) {
        leadership.requireLeader();
        Instrument instrument = instruments.require(request.symbol());
        OrderRules.check(request, instrument);
        String fingerprint = OrderRules.fingerprint(request);
        Optional<Order> replay = idempotencyKey.flatMap(key -> replay(key, fingerprint));
        if (replay.isPresent()) {
            return new PlaceResult.Placed(replay.get(), true);
        }
        OrderCheck check = check(request);
        OrderId id = OrderId.random();
        RiskGate.Approval approval = risk.approve(id, check);
        if (approval.decision() instanceof RiskDecision.Denied denied) {
            recordDenial(request, denied, actor);
            return new PlaceResult.Denied(denied.rule(), denied.reason());
        }
        Instant now = clock.instant();
        Order order = Order.create(id, ClientOrderId.generate(now, random), request, approval.reducing(), now);
        sending.add(id);
        try (OrderLogScope scope = OrderLogScope.of(order)) {
            Optional<Order> persisted = persistNew(order, new OrderRepository.Provenance(actor, idempotencyKey,
                    idempotencyKey.map(key -> fingerprint), trace.traceId()));
            if (persisted.isEmpty()) {
                return new PlaceResult.Placed(replay(idempotencyKey.orElseThrow(), fingerprint).orElseThrow(), true);
            }
            events.publish(EventType.ORDER, OrderView.of(order));
            return new PlaceResult.Placed(send(order, instrument), false);
        } finally {
            sending.remove(id);
        }
    }

    /** A market order that closes one position in full; nothing when it is flat. */
    public Optional<PlaceResult> closePosition(PositionKey key, OrderOrigin origin, String actor) {
        return close(key, positions.holding(key, today(clock.instant())).position().quantity(), origin, actor);
    }

    /** A market order that closes {@code quantity} (signed as the position is) of a position; nothing for 0. */
    public Optional<PlaceResult> close(PositionKey key, long quantity, OrderOrigin origin, String actor) {
        if (quantity == 0) {
            return Optional.empty();
        }
        OrderRequest close = OrderRequest.market(key.symbol(), quantity > 0 ? Side.SELL : Side.BUY, Math.abs(quantity),
                key.product(), origin, Optional.empty());
        return Optional.of(place(close, Optional.empty(), actor));
    }

    /** Closes every open position, or only those of one product; returns how many closing orders were placed. */
    public int closeAll(Optional<Product> product, OrderOrigin origin, String actor) {
        int placed = 0;
        for (Holding holding : positions.all()) {
            if (product.isPresent() && holding.key().product() != product.get()) {
                continue;
            }
            if (closePosition(holding.key(), origin, actor).orElse(null) instanceof PlaceResult.Placed) {
                placed++;
            }
        }
        return placed;
    }

    /** Asks the broker to cancel; the cancellation itself arrives as an update. */
    public Order cancel(OrderId id, String actor) {
        leadership.requireLeader();
        Order order = orders.find(id).orElseThrow(() -> new OrderNotFoundException(id.value()));
        if (order.status().isTerminal()) {
            throw new OrderConflictException("order " + id + " is already " + order.status());
        }
        if (order.request().origin() == OrderOrigin.EXTERNAL) {
            throw new OrderConflictException("order " + id + " was placed outside the platform: cancel it where it was"
                    + " placed");
        }
        CancelOutcome outcome = broker.cancel(order.clientOrderId(), order.brokerOrderId());
        transactions.executeWithoutResult(tx -> audit.record(clock.instant(), actor, "order.cancel-requested",
                Map.of("orderId", id.value(), "clientOrderId", order.clientOrderId().value(), "outcome",
                        outcome.getClass().getSimpleName())));
        if (outcome instanceof CancelOutcome.Refused refused) {
            throw new OrderConflictException("the broker refused to cancel order " + id + ": " + refused.reason());
        }
        return orders.find(id).orElse(order);
    }

    /** Asks the broker to cancel every order in flight; returns how many cancel requests it accepted. */
    public int cancelAll(String actor) {
        leadership.requireLeader();
        int requested = 0;
        for (Order order : orders.inFlight()) {
            if (order.status() == OrderStatus.NEW) {
                continue;
            }
            CancelOutcome outcome = broker.cancel(order.clientOrderId(), order.brokerOrderId());
            if (outcome instanceof CancelOutcome.Requested) {
                requested++;
            }
        }
        int count = requested;
        transactions.executeWithoutResult(tx -> audit.record(clock.instant(), actor, "order.cancel-all",
                Map.of("requested", count)));
        return requested;
    }

    public Optional<Order> find(OrderId id) {
        return orders.find(id);
    }

    public List<Order> list(OrderFilter filter, int offset, int limit) {
        return orders.list(filter, offset, limit);
    }

    public List<Order> inFlight() {
        return orders.inFlight();
    }

    /** Every order in flight, oldest first, read a page at a time as the stream is consumed. */
    public Stream<Order> inFlightInPages() {
        return Stream.iterate(orders.inFlightAfter(Optional.empty(), IN_FLIGHT_PAGE), page -> !page.isEmpty(),
                        page -> page.size() < IN_FLIGHT_PAGE ? List.of()
                                : orders.inFlightAfter(Optional.of(page.getLast()), IN_FLIGHT_PAGE))
                .flatMap(List::stream);
    }

    /** The orders in flight placed at or after {@code since}. */
    public List<Order> inFlightSince(Instant since) {
        return orders.inFlightSince(since);
    }

    public List<TradeView> trades(Instant from, Instant to, int limit) {
        return orders.fills(from, to, limit);
    }

    /**
     * Brings one of our orders in line with the broker's books (an update, a poll, reconciliation); returns it as it is
     * afterwards. The events are worked out from the order as it stands under its row lock, so an update and a
     * reconciliation racing on the same order never apply the same fact twice. An order this desk is still placing is
     * left to its placing.
     */
    public Order settle(Order order, Optional<BrokerOrderState> theirs, Duration notFoundGrace, String actor) {
        return applyAll(order.clientOrderId(), order.id().value(), () -> orders.lock(order.id()),
                locked -> sending.contains(locked.order().id()) ? List.of() : OrderSettlement.events(locked.order(),
                        locked.tradeIds(), theirs, clock.instant(), notFoundGrace),
                actor).orElse(order);
    }

    /** Marks an order the service may have sent before it stopped: in doubt until the broker's books say. */
    public void markInDoubt(Order order, String why) {
        OrderEvent inDoubt = new OrderInDoubt(order.id(), clock.instant(), why);
        applyAll(order.clientOrderId(), order.id().value(), () -> orders.lock(order.id()), locked -> List.of(inDoubt),
                "reconciliation");
    }

    private record Applied(Transition.Applied transition, OrderEvent event, Holding holding, long fillCharges) {
    }

    /**
     * Locks the order, works out its events from it as it stands, applies them through the state machine and writes
     * the outcome, its fills and positions and its audit entries in one transaction; publishes after the commit, in
     * line with the order's other changes. A refused transition is logged and audited, never applied.
     *
     * @return the order after the events; empty when nothing changed
     */
    private Optional<Order> applyAll(ClientOrderId order, String which, Supplier<Optional<OrderRepository.Locked>> lock,
                                     Function<OrderRepository.Locked, List<OrderEvent>> eventsFor, String actor) {
        return stripes.inLine(order, () -> applyInLine(which, lock, eventsFor, actor));
    }

    private Optional<Order> applyInLine(String which, Supplier<Optional<OrderRepository.Locked>> lock,
                                        Function<OrderRepository.Locked, List<OrderEvent>> eventsFor, String actor) {
        List<Applied> applied = transactions.execute(tx -> {
            OrderRepository.Locked locked = lock.get().orElseThrow(() -> new OrderNotFoundException(which));
            Set<String> tradeIds = new HashSet<>(locked.tradeIds());
            List<AuditLog.Entry> entries = new ArrayList<>();
            List<Applied> done = new ArrayList<>();
            Order current = locked.order();
            for (OrderEvent event : eventsFor.apply(locked)) {
                if (event instanceof OrderFilled fill && !tradeIds.add(fill.tradeId())) {
                    continue;
                }
                Applied one = applyInTransaction(current, event, actor, entries);
                if (one != null) {
                    done.add(one);
                    current = one.transition().after();
                }
            }
            if (done.isEmpty()) {
                audit.recordAll(entries);
            } else if (!orders.advance(locked.order(), current, leftNew(done.stream().map(Applied::transition).toList()),
                    entries)) {
                // Under the row lock nothing else moves the order: this is a bug, and the transaction rolls back.
                throw new IllegalStateException("order " + current.id() + " changed while " + locked.order().status()
                        + " was applied");
            }
            return done;
        });
        if (applied == null || applied.isEmpty()) {
            return Optional.empty();
        }
        applied.forEach(this::published);
        return Optional.of(applied.getLast().transition().after());
    }

    /** The order left NEW towards the broker (SENT, or UNKNOWN in doubt): from then on it counts as sent. */
    private static boolean leftNew(List<Transition.Applied> transitions) {
        return transitions.stream().anyMatch(transition -> transition.before().status() == OrderStatus.NEW
                && (transition.after().status() == OrderStatus.SENT || transition.after().status() == OrderStatus.UNKNOWN));
    }

    /** What follows a committed change: risk's book, the positions in memory, the event stream. */
    private void published(Applied applied) {
        Order after = applied.transition().after();
        if (applied.holding() != null) {
            OrderFilled fill = (OrderFilled) applied.event();
            risk.filled(after.id(), key(after), after.request().side(), fill.quantity());
            positions.updated(applied.holding());
            funds.invalidate();
            events.publish(EventType.FILL, TradeView.of(after, fill, applied.fillCharges()));
            events.publish(EventType.POSITION, PositionView.of(applied.holding(), positions, today(clock.instant())));
        }
        if (after.status().isTerminal()) {
            if (applied.transition().before().status() == OrderStatus.NEW) {
                risk.release(after.id());
            } else {
                risk.finished(after.id());
            }
        }
        events.publish(EventType.ORDER, OrderView.of(after));
        Optional<OrderFilled> fill = applied.event() instanceof OrderFilled filled ? Optional.of(filled) : Optional.empty();
        for (OrderListener listener : listeners) {
            try {
                listener.changed(after, fill);
            } catch (RuntimeException e) {
                log.warn("An order listener failed on {}", after.id(), e);
            }
        }
        if (applied.holding() != null) {
            risk.checkDailyLoss();
        }
    }

    private Applied applyInTransaction(Order current, OrderEvent event, String actor, List<AuditLog.Entry> entries) {
        Transition transition = OrderLifecycle.apply(current, event);
        if (transition instanceof Transition.Refused refused) {
            log.warn("Refused an order event: {} ({})", refused.reason(), event);
            entries.add(audit.entry(clock.instant(), actor, "order.event-refused", Map.of("orderId", current.id().value(),
                    "event", event.getClass().getSimpleName(), "reason", refused.reason())));
            return null;
        }
        Transition.Applied applied = (Transition.Applied) transition;
        Order after = applied.after();
        Holding holding = null;
        long fillCharges = 0;
        if (event instanceof OrderFilled fill) {
            LocalDate day = today(fill.time());
            fillCharges = charges.charges(Segment.of(instruments.require(after.request().symbol()).type(),
                    after.request().product()), after.request().side(),
                    fill.quantity(), fill.price(), day).total();
            orders.insertFill(after, fill, fillCharges, day);
            holding = positionRows.applyFill(key(after), after.request().side(), fill.quantity(), fill.price(),
                    fillCharges, day, clock.instant());
        }
        entries.add(auditEntry(current, after, event, actor));
        return new Applied(applied, event, holding, fillCharges);
    }

    private AuditLog.Entry auditEntry(Order before, Order after, OrderEvent event, String actor) {
        return audit.entry(clock.instant(), actor, "order." + after.status().name().toLowerCase(java.util.Locale.ROOT),
                details(before, after, event));
    }

    private void brokerUpdated(BrokerOrderState update) {
        if (update.clientOrderId().isEmpty()) {
            return;
        }
        try (OrderLogScope scope = OrderLogScope.of(update.clientOrderId().get())) {
            ClientOrderId id = update.clientOrderId().get();
            applyAll(id, id.value(), () -> orders.lock(id), locked -> OrderSettlement.events(locked.order(),
                    locked.tradeIds(), Optional.of(update), clock.instant(), Duration.ZERO), broker.name());
        } catch (OrderNotFoundException e) {
            log.warn("Update for an order we do not know: {}", update);
        } catch (DataAccessException | TransactionException e) {
            log.warn("Could not record a broker update ({}); reconciliation will: {}", e.getMessage(), update);
        }
    }

    private Order send(Order order, Instrument instrument) {
        PlaceOutcome outcome;
        try {
            outcome = broker.place(new BrokerOrder(order.clientOrderId(), order.request(), instrument));
        } catch (RuntimeException e) {
            outcome = new PlaceOutcome.Ambiguous("the broker call failed: " + e.getMessage());
        }
        log.info("Order {} {} {} {} sent to {}: {}", order.id(), order.request().side(), order.request().quantity(),
                order.request().symbol(), broker.name(), outcome.getClass().getSimpleName());
        Instant now = clock.instant();
        List<OrderEvent> answer = switch (outcome) {
            case PlaceOutcome.Placed placed when placed.open() -> List.of(
                    new OrderSent(order.id(), now, placed.brokerOrderId()), new OrderOpened(order.id(), now));
            case PlaceOutcome.Placed placed -> List.of(new OrderSent(order.id(), now, placed.brokerOrderId()));
            case PlaceOutcome.Rejected rejected -> List.of(new OrderRejected(order.id(), now, rejected.reason()));
            case PlaceOutcome.Ambiguous ambiguous -> List.of(new OrderInDoubt(order.id(), now, ambiguous.reason()));
        };
        try {
            return stripes.inLine(order.clientOrderId(), () -> recordAnswer(order, answer).orElseGet(() ->
                    // An update from the broker moved the order on first (an instant fill): then it has the say.
                    applyInLine(order.id().value(), () -> orders.lock(order.id()),
                            locked -> locked.order().status() == OrderStatus.NEW ? answer : List.of(), broker.name())
                            .or(() -> orders.find(order.id())).orElse(order)));
        } catch (DataAccessException | TransactionException e) {
            // The broker has the order; reconciliation records it from the broker's books once the database answers.
            log.warn("Order {} was sent but its answer could not be recorded: {}", order.id(), e.getMessage());
            return order;
        }
    }

    /**
     * The broker's answer to a NEW order written in one statement, without a lock: the write only lands if the order
     * is still as it was persisted. Empty when something moved it first (then the locking path decides).
     */
    private Optional<Order> recordAnswer(Order order, List<OrderEvent> answer) {
        List<Applied> applied = new ArrayList<>();
        List<AuditLog.Entry> entries = new ArrayList<>();
        Order current = order;
        for (OrderEvent event : answer) {
            if (!(OrderLifecycle.apply(current, event) instanceof Transition.Applied transition)) {
                return Optional.empty();
            }
            applied.add(new Applied(transition, event, null, 0));
            entries.add(auditEntry(current, transition.after(), event, broker.name()));
            current = transition.after();
        }
        if (!orders.advance(order, current, leftNew(applied.stream().map(Applied::transition).toList()), entries)) {
            return Optional.empty();
        }
        applied.forEach(this::published);
        return Optional.of(current);
    }

    private Optional<Order> persistNew(Order order, OrderRepository.Provenance provenance) {
        try {
            List<AuditLog.Entry> entries = List.of(audit.entry(order.createdAt(), provenance.actor(), "order.new",
                    details(null, order, null)));
            boolean written = provenance.idempotencyKey().isEmpty() ? orders.insertNew(order, provenance, entries)
                    : Boolean.TRUE.equals(transactions.execute(tx -> {
                        orders.expireIdempotencyKey(provenance.idempotencyKey().get(),
                                order.createdAt().minus(IDEMPOTENCY_WINDOW));
                        return orders.insertNew(order, provenance, entries);
                    }));
            if (!written) {
                risk.release(order.id());
                throw new NotLeaderException("this trading-service lost the trading lock before the order was written");
            }
            return Optional.of(order);
        } catch (DuplicateKeyException e) {
            risk.release(order.id());
            return Optional.empty();
        } catch (DataAccessException | TransactionException e) {
            risk.release(order.id());
            throw e;
        }
    }

    private Optional<Order> replay(String key, String fingerprint) {
        return orders.findByIdempotencyKey(key)
                .filter(keyed -> keyed.order().createdAt().plus(IDEMPOTENCY_WINDOW).isAfter(clock.instant()))
                .map(keyed -> {
                    if (!fingerprint.equals(keyed.fingerprint())) {
                        throw new OrderConflictException("Idempotency-Key " + key
                                + " was used for a different order within 24 hours");
                    }
                    return keyed.order();
                });
    }

    private OrderCheck check(OrderRequest request) {
        long last = prices.price(request.symbol());
        long expected = request.price().or(request::triggerPrice).orElse(last);
        if (expected == 0) {
            throw new MarketDataUnavailableException("no price for " + request.symbol()
                    + " yet: the market feed has sent no tick for it, so a market order cannot be checked", null);
        }
        return new OrderCheck(request.symbol(), request.product(), request.side(), request.quantity(), expected,
                request.price(), last, request.origin());
    }

    private void recordDenial(OrderRequest request, RiskDecision.Denied denied, String actor) {
        try {
            transactions.executeWithoutResult(tx -> audit.record(clock.instant(), actor, "risk.denied", Map.of(
                    "rule", denied.rule(), "reason", denied.reason(), "symbol", request.symbol().toString(),
                    "side", request.side().name(), "quantity", request.quantity(), "origin", request.origin().name())));
        } catch (DataAccessException | TransactionException e) {
            log.warn("Risk denied an order ({}: {}) and the audit entry could not be written: {}", denied.rule(),
                    denied.reason(), e.getMessage());
        }
    }

    private static Map<String, Object> details(Order before, Order after, OrderEvent event) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("orderId", after.id().value());
        details.put("clientOrderId", after.clientOrderId().value());
        details.put("symbol", after.request().symbol().toString());
        details.put("from", before == null ? null : before.status().name());
        details.put("to", after.status().name());
        after.reason().ifPresent(reason -> details.put("reason", reason));
        if (event instanceof OrderFilled fill) {
            details.put("tradeId", fill.tradeId());
            details.put("quantity", fill.quantity());
            details.put("price", ApiMoney.text(fill.price()));
        }
        return details;
    }

    static PositionKey key(Order order) {
        return new PositionKey(order.request().symbol(), order.request().product());
    }

    private static LocalDate today(Instant instant) {
        return IstTime.date(instant);
    }
}
