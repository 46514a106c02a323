package com.algotrading.trading.broker.paper;

import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.charges.Segment;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Rupees;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.Position;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.common.risk.PositionKey;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.trading.broker.Broker;
import com.algotrading.trading.broker.BrokerFill;
import com.algotrading.trading.broker.BrokerFunds;
import com.algotrading.trading.broker.BrokerOrder;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.BrokerOrderStatus;
import com.algotrading.trading.broker.BrokerPosition;
import com.algotrading.trading.broker.BrokerUnavailableException;
import com.algotrading.trading.broker.CancelOutcome;
import com.algotrading.trading.broker.PlaceOutcome;
import com.algotrading.trading.market.InstrumentDirectory;
import com.algotrading.trading.market.LastPrices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;

/**
 * A simulated broker behind the same port as Angel One: it keeps its own books (the {@code paper_*} tables), checks
 * funds like a broker's RMS, fills against the data-service's live ticks (see {@link PaperMatching}) with charges from
 * the charges model, and pushes order updates from its own thread, as a broker's update socket would. The paper
 * account starts with {@code PAPER_CAPITAL}; intraday positions block {@code PAPER_INTRADAY_MARGIN_PERCENT} of their
 * value, delivery ones all of it, and a delivery sale needs the shares.
 */
public class PaperBroker implements Broker {

    private static final Logger log = LoggerFactory.getLogger(PaperBroker.class);
    private static final int MAX_QUEUED = 100_000;

    private final PaperBooks books;
    private final TradingSettings settings;
    private final ChargesModel charges;
    private final InstrumentDirectory instruments;
    private final LastPrices prices;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final RandomGenerator random;
    private final PaperMatching matching;
    private final List<Consumer<BrokerOrderState>> listeners = new CopyOnWriteArrayList<>();
    private final BlockingQueue<Runnable> work = new LinkedBlockingQueue<>(MAX_QUEUED);
    private final ReentrantLock lock = new ReentrantLock();

    // The books in memory while running, guarded by lock: the database is the record, this is what matching reads.
    private final OpenOrders open = new OpenOrders();
    private final Map<PositionKey, Position> positions = new HashMap<>();
    private PaperBooks.Account account;
    private volatile Thread matcher;

    public PaperBroker(PaperBooks books, TradingSettings settings, ChargesModel charges, InstrumentDirectory instruments,
                       LastPrices prices, TransactionTemplate transactions, Clock clock, RandomGenerator random) {
        this.books = books;
        this.settings = settings;
        this.charges = charges;
        this.instruments = instruments;
        this.prices = prices;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
        this.matching = new PaperMatching(settings.paperSlippageBps());
        prices.addListener((symbol, price, time) -> {
            if (matcher != null && !work.offer(() -> ticked(symbol, price, time))) {
                log.warn("Paper matching is behind: dropped a tick of {}", symbol);
            }
        });
    }

    @Override
    public String name() {
        return "paper";
    }

    /** The paper broker records an order before it answers: one it does not list was never placed. */
    @Override
    public Duration answerDelay() {
        return Duration.ZERO;
    }

    @Override
    public void start() {
        transactions.executeWithoutResult(tx -> {
            PaperBooks.Account current = books.lockAccount(settings.paperCapital());
            lock.lock();
            try {
                account = current;
                positions.clear();
                positions.putAll(books.positions());
                open.clear();
                for (PaperOrder order : books.open()) {
                    open.add(order, margin(order, estimatedPrice(order)));
                }
            } finally {
                lock.unlock();
            }
        });
        work.clear();
        Thread thread = Thread.ofPlatform().daemon().name("paper-broker").unstarted(this::run);
        matcher = thread;
        thread.start();
        log.info("Paper broker started: {} open orders, {} positions", open.size(), positions.size());
    }

    @Override
    public void stop() {
        Thread current = matcher;
        matcher = null;
        if (current != null) {
            current.interrupt();
        }
    }

    @Override
    public void onUpdate(Consumer<BrokerOrderState> listener) {
        listeners.add(listener);
    }

    @Override
    public PlaceOutcome place(BrokerOrder order) {
        OrderRequest request = order.request();
        PaperOrder paper = new PaperOrder(order.clientOrderId(), "P" + hex(8), request.symbol(), request.side(),
                request.quantity(), request.type(), request.price(), request.triggerPrice(), request.product(), false,
                clock.instant());
        Optional<String> refusal = reserve(paper);
        if (refusal.isPresent()) {
            return new PlaceOutcome.Rejected(refusal.get());
        }
        try {
            books.insert(paper, paper.createdAt());
        } catch (DataAccessException | TransactionException e) {
            unreserve(paper.clientOrderId());
            return new PlaceOutcome.Rejected("the paper broker could not record the order: " + e.getMessage());
        }
        return new PlaceOutcome.Placed(paper.brokerOrderId(), true);
    }

    @Override
    public CancelOutcome cancel(ClientOrderId clientOrderId, Optional<String> brokerOrderId) {
        PaperOrder order;
        lock.lock();
        try {
            order = open.get(clientOrderId).orElse(null);
        } finally {
            lock.unlock();
        }
        if (order == null) {
            return new CancelOutcome.Refused("the order is not open at the paper broker");
        }
        Instant now = clock.instant();
        boolean cancelled;
        try {
            cancelled = books.close(clientOrderId, BrokerOrderStatus.CANCELLED, Optional.of("cancelled on request"), 0, 0,
                    now);
        } catch (DataAccessException | TransactionException e) {
            return new CancelOutcome.Ambiguous("the paper broker could not record the cancellation: " + e.getMessage());
        }
        if (!cancelled) {
            return new CancelOutcome.Refused("the order was filled before it could be cancelled");
        }
        unreserve(clientOrderId);
        queue(() -> notifyListeners(state(order, BrokerOrderStatus.CANCELLED, List.of(),
                Optional.of("cancelled on request"))));
        return new CancelOutcome.Requested();
    }

    @Override
    public Optional<BrokerOrderState> find(ClientOrderId clientOrderId) {
        try {
            return books.state(clientOrderId);
        } catch (DataAccessException | TransactionException e) {
            throw new BrokerUnavailableException("the paper broker's books cannot be read", e);
        }
    }

    @Override
    public List<BrokerOrderState> orderBook() {
        try {
            LocalDate today = IstTime.date(clock.instant());
            return books.states(today.atStartOfDay(IstTime.ZONE).toInstant());
        } catch (DataAccessException | TransactionException e) {
            throw new BrokerUnavailableException("the paper broker's books cannot be read", e);
        }
    }

    @Override
    public List<BrokerPosition> positions() {
        try {
            return books.positions().entrySet().stream().filter(entry -> !entry.getValue().isFlat())
                    .map(entry -> new BrokerPosition(entry.getKey().symbol(), entry.getKey().product(),
                            entry.getValue().quantity()))
                    .toList();
        } catch (DataAccessException | TransactionException e) {
            throw new BrokerUnavailableException("the paper broker's books cannot be read", e);
        }
    }

    @Override
    public BrokerFunds funds() {
        lock.lock();
        try {
            PaperBooks.Account current = account != null ? account
                    : books.account().orElse(new PaperBooks.Account(settings.paperCapital(), 0, 0));
            long used = usedMargin();
            return new BrokerFunds(current.total() - used, used, current.total());
        } finally {
            lock.unlock();
        }
    }

    /** Checks funds and holdings like an RMS and blocks the order's margin; a refusal is the broker's words. */
    private Optional<String> reserve(PaperOrder order) {
        lock.lock();
        try {
            if (account == null) {
                return Optional.of("the paper broker is not running (this trading-service is not the active one)");
            }
            PositionKey key = new PositionKey(order.symbol(), order.product());
            long held = positions.getOrDefault(key, Position.FLAT).quantity() - open.pendingSales(key);
            boolean reduces = order.side() == Side.SELL ? order.quantity() <= held
                    : -positions.getOrDefault(key, Position.FLAT).quantity() >= order.quantity();
            if (order.product() == Product.DELIVERY && order.side() == Side.SELL && !reduces) {
                return Optional.of("RMS: a delivery sale needs the shares in the demat account (" + Math.max(0, held)
                        + " of " + order.quantity() + " " + order.symbol() + " free)");
            }
            long margin = reduces ? 0 : margin(order, estimatedPrice(order));
            long available = account.total() - usedMargin();
            if (margin > available) {
                return Optional.of("RMS: insufficient funds: the order needs " + Rupees.format(margin) + " of margin and "
                        + Rupees.format(available) + " is available");
            }
            open.add(order, margin);
            return Optional.empty();
        } finally {
            lock.unlock();
        }
    }

    private void unreserve(ClientOrderId id) {
        lock.lock();
        try {
            open.remove(id);
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (matcher == Thread.currentThread()) {
            try {
                work.take().run();
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.error("Paper broker step failed", e);
            }
        }
    }

    private void queue(Runnable task) {
        if (!work.offer(task)) {
            log.warn("Paper broker queue full: an update was dropped (reconciliation will catch it up)");
        }
    }

    private void ticked(Symbol symbol, long last, Instant time) {
        List<PaperOrder> candidates;
        lock.lock();
        try {
            candidates = open.wokenBy(symbol, last);
        } finally {
            lock.unlock();
        }
        for (PaperOrder order : candidates) {
            TickSize tick = instruments.require(symbol).tick();
            switch (matching.match(order, last, tick)) {
                case PaperMatching.Fill fill -> fill(order, fill.price(), time);
                case PaperMatching.Triggered triggered -> trigger(order);
                case PaperMatching.NoMatch none -> {
                    // waits for a better tick
                }
            }
        }
    }

    private void trigger(PaperOrder order) {
        books.markTriggered(order.clientOrderId(), clock.instant());
        lock.lock();
        try {
            open.get(order.clientOrderId()).ifPresent(current -> open.update(current.triggeredNow()));
        } finally {
            lock.unlock();
        }
    }

    private void fill(PaperOrder order, long price, Instant tickTime) {
        Instant now = clock.instant();
        PositionKey key = new PositionKey(order.symbol(), order.product());
        long fee = charges.charges(Segment.of(instruments.require(order.symbol()).type(), order.product()), order.side(),
                order.quantity(), price,
                IstTime.date(now)).total();
        BrokerFill fill = new BrokerFill("PT" + hex(8), order.quantity(), price, now);
        Position before;
        lock.lock();
        try {
            // Only this thread fills, so the position in memory is the one in the books.
            before = positions.getOrDefault(key, Position.FLAT);
        } finally {
            lock.unlock();
        }
        Position after = before.apply(order.side(), order.quantity(), price);
        boolean filled;
        try {
            filled = books.recordFill(order.clientOrderId(), fill, fee, key, after, after.realised() - before.realised());
        } catch (DataAccessException | TransactionException e) {
            log.warn("Paper fill of {} could not be recorded; it stays open: {}", order.clientOrderId(), e.getMessage());
            return;
        }
        if (!filled) {
            return;
        }
        lock.lock();
        try {
            long realised = after.realised() - positions.getOrDefault(key, Position.FLAT).realised();
            positions.put(key, after);
            open.remove(order.clientOrderId());
            account = new PaperBooks.Account(account.capital(), account.realised() + realised, account.charges() + fee);
        } finally {
            lock.unlock();
        }
        log.debug("Paper fill {} {} {} @ {} (tick at {})", order.side(), order.quantity(), order.symbol(), price, tickTime);
        notifyListeners(state(order, BrokerOrderStatus.FILLED, List.of(fill), Optional.empty()));
    }

    private void notifyListeners(BrokerOrderState state) {
        for (Consumer<BrokerOrderState> listener : listeners) {
            try {
                listener.accept(state);
            } catch (RuntimeException e) {
                log.warn("An order update listener failed on {}", state, e);
            }
        }
    }

    private BrokerOrderState state(PaperOrder order, BrokerOrderStatus status, List<BrokerFill> fills,
                                   Optional<String> reason) {
        return new BrokerOrderState(Optional.of(order.clientOrderId()), order.brokerOrderId(), status, fills, reason,
                clock.instant());
    }

    private long usedMargin() {
        long used = open.margin();
        for (Map.Entry<PositionKey, Position> entry : positions.entrySet()) {
            used += Math.multiplyExact(Math.abs(entry.getValue().cost()), marginPercent(entry.getKey().product())) / 100;
        }
        return used;
    }

    private long margin(PaperOrder order, long price) {
        return Math.multiplyExact(Math.multiplyExact(order.quantity(), price), marginPercent(order.product())) / 100;
    }

    private long marginPercent(Product product) {
        return product == Product.INTRADAY ? settings.paperIntradayMarginPercent() : 100;
    }

    private long estimatedPrice(PaperOrder order) {
        return order.price().or(order::triggerPrice).orElseGet(() -> prices.price(order.symbol()));
    }

    private String hex(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
