package com.algotrading.trading.deployments;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.DeploymentId;
import com.algotrading.common.orders.Order;
import com.algotrading.common.orders.OrderEvent.OrderFilled;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.Position;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.common.risk.PositionKey;
import com.algotrading.common.risk.RiskState;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.trading.events.EventLog;
import com.algotrading.trading.events.EventType;
import com.algotrading.trading.leadership.LeaderDuty;
import com.algotrading.trading.leadership.Leadership;
import com.algotrading.trading.market.BarStream;
import com.algotrading.trading.market.CandleHistory;
import com.algotrading.trading.market.InstrumentDirectory;
import com.algotrading.trading.market.LastPrices;
import com.algotrading.trading.market.MarketClock;
import com.algotrading.trading.orders.OrderDesk;
import com.algotrading.trading.pnl.Pnl;
import com.algotrading.trading.positions.PositionBook;
import com.algotrading.trading.risk.RiskGate;
import com.algotrading.trading.risk.RiskView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * Strategy deployments: created and validated, started and stopped by traders, and run by the active instance. A
 * deployment the trader left running resumes after a restart or a takeover. Its status is STOPPED, RUNNING, or HALTED
 * with the reason when the platform holds it back (a stale feed, or trading halted by risk).
 */
@Component
@org.springframework.core.annotation.Order(80)
public class Deployments implements LeaderDuty, DeploymentContext {

    private static final Logger log = LoggerFactory.getLogger(Deployments.class);
    private static final long FEED_CHECK_SECONDS = 10;
    // Orders in flight at once from all deployments: one per core and one more to cover a round trip's wait. More
    // only contend for the cores the decisions need (measured on two cores, 50 × 50: 8 threads, a minute's decisions
    // p50 43 ms and 29 s of CPU an hour; 3 threads, p50 28–42 ms and 18–24.5 s, its orders open sooner too).
    private static final int PLACING_THREADS = Runtime.getRuntime().availableProcessors() + 1;

    private final DeploymentRepository repository;
    private final InstrumentDirectory instruments;
    private final CandleHistory history;
    private final BarStream barStream;
    private final OrderDesk desk;
    private final Pnl pnl;
    private final RiskGate risk;
    private final PositionBook positions;
    private final LastPrices prices;
    private final MarketClock market;
    private final EventLog events;
    private final Leadership leadership;
    private final Duration staleAfter;
    private final Clock clock;
    private final RandomGenerator random;
    private final Map<DeploymentId, RunningDeployment> running = new ConcurrentHashMap<>();
    private ScheduledExecutorService feedChecks;
    private ExecutorService placing;

    Deployments(DeploymentRepository repository, InstrumentDirectory instruments, CandleHistory history,
                BarStream barStream, OrderDesk desk, Pnl pnl, RiskGate risk, PositionBook positions, LastPrices prices,
                MarketClock market,
                EventLog events, Leadership leadership, TradingSettings settings, Clock clock, RandomGenerator random) {
        this.repository = repository;
        this.instruments = instruments;
        this.history = history;
        this.barStream = barStream;
        this.desk = desk;
        this.pnl = pnl;
        this.risk = risk;
        this.positions = positions;
        this.prices = prices;
        this.market = market;
        this.events = events;
        this.leadership = leadership;
        this.staleAfter = settings.staleFeedAfter();
        this.clock = clock;
        this.random = random;
        desk.addListener(this::orderChanged);
        prices.addListener((symbol, price, time) -> running.values().stream().filter(d -> d.trades(symbol))
                .forEach(d -> d.ticked(symbol, price)));
    }

    @Override
    public void takeOver() {
        placing = Executors.newFixedThreadPool(PLACING_THREADS, Thread.ofPlatform().daemon().name("deployment-orders-", 0)
                .factory());
        // Oldest position in the bar stream first: the shared stream resumes after it, so no deployment misses a bar.
        repository.all().stream().filter(Deployment::running).filter(deployment -> !deployment.spec().webhook())
                .sorted(Comparator.comparing((Deployment deployment) -> deployment.lastEventId().map(BarStream::sequence)
                        .orElse(Long.MAX_VALUE)))
                .forEach(this::launch);
        feedChecks = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("feed-checks").factory());
        long every = Math.max(1, Math.min(FEED_CHECK_SECONDS, staleAfter.toSeconds() / 2));
        feedChecks.scheduleWithFixedDelay(this::checkFeeds, every, every, TimeUnit.SECONDS);
        feedChecks.scheduleWithFixedDelay(() -> running.values().forEach(RunningDeployment::saveProgress), 1, 1,
                TimeUnit.SECONDS);
    }

    @Override
    public void handOver() {
        if (feedChecks != null) {
            feedChecks.shutdownNow();
        }
        running.values().forEach(RunningDeployment::stop);
        running.clear();
        if (placing != null) {
            placing.shutdown();
        }
    }

    /** A new deployment, stopped; a webhook deployment's secret comes with it, the one time it is shown. */
    public Created create(DeploymentSpec spec) {
        DeploymentId id = new DeploymentId("dep-" + UUID.randomUUID().toString().substring(0, 13));
        Optional<String> secret = spec.webhook() ? Optional.of(WebhookSecret.issue(random)) : Optional.empty();
        repository.insert(id, spec, secret.map(WebhookSecret::hash).orElse(null), clock.instant());
        return new Created(require(id), secret);
    }

    /** A deployment just created, and a webhook deployment's secret. */
    public record Created(Deployment deployment, Optional<String> webhookSecret) {
    }

    /**
     * True when the deployment is a webhook deployment and {@code secret} is its secret; false for any other
     * deployment or none, so a caller without the secret learns nothing of which deployments exist.
     */
    public boolean acceptsAlert(DeploymentId id, String secret) {
        return repository.webhookSecret(id).map(stored -> WebhookSecret.matches(secret, stored)).orElse(false);
    }

    /** Net positions of its instruments as the deployment's own fills have them (0 for a flat one). */
    public Map<Symbol, Long> held(DeploymentId id) {
        Deployment deployment = require(id);
        RunningDeployment live = running.get(id);
        if (live != null) {
            return live.held();
        }
        Map<Symbol, Position> book = DeploymentResults.of(repository.fills(id)).positions();
        Map<Symbol, Long> held = new LinkedHashMap<>();
        deployment.spec().instruments().forEach(symbol -> held.put(symbol, book.getOrDefault(symbol, Position.FLAT).quantity()));
        return held;
    }

    public List<Deployment> all() {
        return repository.all().stream().map(stored -> running.containsKey(stored.id()) ? require(stored.id()) : stored)
                .toList();
    }

    /** The deployment as stored, with a running one's progress since its last save. */
    public Deployment require(DeploymentId id) {
        Deployment stored = repository.find(id).orElseThrow(() -> new DeploymentNotFoundException(id.value()));
        RunningDeployment live = running.get(id);
        if (live == null) {
            return stored;
        }
        return new Deployment(stored.id(), stored.spec(), stored.running(), stored.lastDenial(), stored.lastEventId(),
                live.barsSeen(), live.lastBarTime(), stored.createdAt(), stored.updatedAt());
    }

    /** Bars a running deployment has decided on, from memory (0 when it is not running): cheap enough to poll. */
    public long barsSeen(DeploymentId id) {
        RunningDeployment live = running.get(id);
        return live == null ? 0 : live.barsSeen();
    }

    public Deployment start(DeploymentId id) {
        leadership.requireLeader();
        Deployment deployment = require(id);
        if (deployment.spec().webhook()) {
            // nothing runs: its alerts are taken while it is marked running
            repository.setRunning(id, true, clock.instant());
        } else if (!running.containsKey(id)) {
            repository.setRunning(id, true, clock.instant());
            launch(require(id));
        }
        return published(id);
    }

    /** Stops deciding; positions stay as they are (close them with the positions API). */
    public Deployment stop(DeploymentId id) {
        leadership.requireLeader();
        require(id);
        RunningDeployment stopped = running.remove(id);
        if (stopped != null) {
            stopped.stop();
        }
        repository.setRunning(id, false, clock.instant());
        return published(id);
    }

    /** @throws DeploymentRunningException while it runs */
    public void delete(DeploymentId id) {
        require(id);
        if (!repository.deleteStopped(id)) {
            throw new DeploymentRunningException(id);
        }
    }

    /** STOPPED, RUNNING or HALTED, with the reason for a halt or the last risk denial. */
    public Status status(Deployment deployment) {
        if (!deployment.running()) {
            return new Status("STOPPED", Optional.empty());
        }
        RiskView riskView = risk.view();
        if (riskView.state() == RiskState.HALTED) {
            return new Status("HALTED", riskView.reason());
        }
        RunningDeployment live = running.get(deployment.id());
        if (live != null && live.stale().isPresent()) {
            return new Status("HALTED", live.stale());
        }
        return new Status("RUNNING", deployment.lastDenial());
    }

    /** The deployment's own results, marked at the last prices. */
    public Results results(DeploymentId id) {
        return new Results(DeploymentResults.of(repository.fills(id)), prices::price);
    }

    /** A status and its reason. */
    public record Status(String status, Optional<String> reason) {
    }

    /** A deployment's book and the marks it is valued at. */
    public record Results(DeploymentResults book, java.util.function.ToLongFunction<Symbol> marks) {
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public DeploymentRepository repository() {
        return repository;
    }

    @Override
    public InstrumentDirectory instruments() {
        return instruments;
    }

    @Override
    public CandleHistory history() {
        return history;
    }

    @Override
    public BarStream barStream() {
        return barStream;
    }

    @Override
    public OrderDesk desk() {
        return desk;
    }

    @Override
    public Executor placing() {
        return placing;
    }

    @Override
    public long equity() {
        return pnl.equity();
    }

    @Override
    public void barClosed(Symbol symbol, Bar minute) {
        prices.seen(symbol, minute.close(), minute.start().plusSeconds(60));
    }

    @Override
    public long accountPosition(Symbol symbol, Product product) {
        return positions.holding(new PositionKey(symbol, product), IstTime.date(clock.instant()))
                .position().quantity();
    }

    /**
     * Closes the positions of running deployments (of one product, or all) with orders that carry their ids, so their
     * own books follow; returns the net quantity per position they were asked to close.
     */
    public Map<PositionKey, Long> closeLegs(Optional<Product> product, OrderOrigin origin) {
        Map<PositionKey, Long> asked = new HashMap<>();
        for (RunningDeployment live : running.values()) {
            Product held = live.deployment().spec().product();
            if (product.isPresent() && product.get() != held) {
                continue;
            }
            live.held().forEach((symbol, quantity) -> asked.merge(new PositionKey(symbol, held), quantity, Long::sum));
            live.closeLegs(origin);
        }
        for (Deployment deployment : repository.all()) {
            Product held = deployment.spec().product();
            if (deployment.running() && deployment.spec().webhook() && (product.isEmpty() || product.get() == held)) {
                closeWebhookLegs(deployment, origin).forEach((symbol, quantity) ->
                        asked.merge(new PositionKey(symbol, held), quantity, Long::sum));
            }
        }
        return asked;
    }

    /**
     * How much of its position in an instrument the deployment may close now, signed as the position: what its own
     * fills hold, but never more than the account holds (a position closed by hand leaves its book stale, and closing
     * its quantity then would open the other way).
     */
    public long closable(DeploymentId id, Symbol symbol) {
        long own = held(id).getOrDefault(symbol, 0L);
        long account = accountPosition(symbol, require(id).spec().product());
        if (Long.signum(own) != Long.signum(account)) {
            return 0;
        }
        return own > 0 ? Math.min(own, account) : Math.max(own, account);
    }

    /** A webhook deployment's own closing orders (it has no lane to send them): placed apart, like a strategy's. */
    private Map<Symbol, Long> closeWebhookLegs(Deployment deployment, OrderOrigin origin) {
        Map<Symbol, Long> closing = new LinkedHashMap<>();
        for (Symbol symbol : deployment.spec().instruments()) {
            long quantity = closable(deployment.id(), symbol);
            if (quantity == 0) {
                continue;
            }
            closing.put(symbol, quantity);
            OrderRequest close = OrderRequest.market(symbol, quantity > 0 ? Side.SELL : Side.BUY, Math.abs(quantity),
                    deployment.spec().product(), origin, Optional.of(deployment.id()));
            placing.execute(() -> {
                try {
                    desk.place(close, Optional.empty(), "deployment:" + deployment.id());
                } catch (RuntimeException e) {
                    log.warn("Deployment {} could not close {}: {}", deployment.id(), symbol, e.getMessage());
                }
            });
        }
        return closing;
    }

    @Override
    public void denied(DeploymentId deployment, String denial) {
        repository.recordDenial(deployment, denial, clock.instant());
        published(deployment);
    }

    private void launch(Deployment deployment) {
        RunningDeployment live = new RunningDeployment(deployment, this);
        try {
            live.start();
            running.put(deployment.id(), live);
        } catch (RuntimeException e) {
            live.stop();
            log.error("Deployment {} could not start: {}", deployment.id(), e.getMessage());
            throw e;
        }
    }

    private void orderChanged(Order order, Optional<OrderFilled> fill) {
        order.request().deploymentId().map(running::get).ifPresent(live -> live.orderChanged(order, fill));
    }

    private void checkFeeds() {
        Instant now = clock.instant();
        boolean open = market.hours(now).closed().isEmpty() && market.isTradingDay(IstTime.date(now));
        for (RunningDeployment live : running.values()) {
            if (live.checkFeed(now, staleAfter, open)) {
                log.warn("Deployment {}: {}", live.deployment().id(), live.stale().orElse("feed back: trading resumes"));
                published(live.deployment().id());
            }
        }
    }

    private Deployment published(DeploymentId id) {
        Deployment deployment = require(id);
        events.publish(EventType.DEPLOYMENT, DeploymentView.of(deployment, status(deployment), results(id)));
        return deployment;
    }
}
