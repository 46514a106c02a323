package com.algotrading.trading.broker.angelone;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.settings.LiveTradingSettings;
import com.algotrading.common.smartapi.NoSessionException;
import com.algotrading.common.smartapi.Pace;
import com.algotrading.common.smartapi.Sleeper;
import com.algotrading.common.smartapi.SmartApiClient;
import com.algotrading.common.smartapi.SmartApiException;
import com.algotrading.trading.broker.Broker;
import com.algotrading.trading.broker.BrokerCircuitChanged;
import com.algotrading.trading.broker.BrokerFunds;
import com.algotrading.trading.broker.BrokerOrder;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.BrokerPosition;
import com.algotrading.trading.broker.BrokerUnavailableException;
import com.algotrading.trading.broker.CancelOutcome;
import com.algotrading.trading.broker.PlaceOutcome;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The broker port on Angel One SmartAPI. Orders carry our client order id as {@code ordertag}, so an order whose
 * answer was lost is found in the order book by it. A refusal in the broker's words is a rejection; no answer at all
 * (timeout, reset, a 5xx, an empty 200) is ambiguous and is settled from the books by reconciliation, never placed
 * again. Rate limits, retries and the circuit breaker: {@link BrokerCalls}; updates: {@link OrderUpdates}; a MARKET
 * intent's limit the market left behind is moved after it (modifyOrder): {@link MarketableLimits}; an order the trade
 * book lists short of its fills is asked for again every second and told again once it is whole.
 */
public final class AngelOneBroker implements Broker, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AngelOneBroker.class);

    private static final String SECURE = "/rest/secure/angelbroking";
    static final String PLACE = SECURE + "/order/v1/placeOrder";
    static final String CANCEL = SECURE + "/order/v1/cancelOrder";
    static final String MODIFY = SECURE + "/order/v1/modifyOrder";
    static final String ORDER_BOOK = SECURE + "/order/v1/getOrderBook";
    static final String TRADE_BOOK = SECURE + "/order/v1/getTradeBook";
    static final String POSITIONS = SECURE + "/order/v1/getPosition";
    static final String FUNDS = SECURE + "/user/v1/getRMS";

    private final SmartApiClient api;
    private final BrokerCalls calls;
    private final OrderBodies bodies;
    private final ToLongFunction<Symbol> lastPrice;
    private final Clock clock;
    private final Pace orderBookPace;
    private final Pace positionsPace;
    private final TradeBook trades;
    private final OrderUpdates updates;
    private final MarketableLimits marketableLimits;
    // Orders the order book shows more filled than the trade book yet lists, by orderid: told again once it does.
    private final Map<String, Lagging> lagging = new java.util.concurrent.ConcurrentHashMap<>();
    private ScheduledExecutorService chores;
    private final List<Consumer<BrokerOrderState>> listeners = new CopyOnWriteArrayList<>();

    /**
     * @param lastPrice the last traded price of a symbol in paise, 0 when unknown (a MARKET intent's limit)
     * @param circuit   told when the circuit opens and closes
     */
    public AngelOneBroker(SmartApiClient api, LiveTradingSettings settings, ToLongFunction<Symbol> lastPrice,
                          ObjectMapper json, Clock clock, Sleeper sleeper, Consumer<BrokerCircuitChanged> circuit) {
        this.api = api;
        this.calls = new BrokerCalls(api, settings.circuitOpenFor(), clock, sleeper);
        this.bodies = new OrderBodies(settings);
        this.lastPrice = lastPrice;
        this.clock = clock;
        this.orderBookPace = calls.bookPace();
        this.positionsPace = calls.bookPace();
        this.trades = new TradeBook(calls, TRADE_BOOK, calls.bookPace(), clock);
        this.updates = new OrderUpdates(api, settings.orderUpdatesUrl(), settings.pingInterval(), json, clock,
                this::state, this::orderBook, this::updated);
        this.marketableLimits = new MarketableLimits(bodies, lastPrice, body -> calls.order(MODIFY, body),
                settings.repriceAfter(), settings.maxReprices(), clock);
        new CircuitWatch(calls.breaker(), () -> calls.funds(FUNDS), circuit, clock).watch();
    }

    @Override
    public String name() {
        return "angelone";
    }

    @Override
    public PlaceOutcome place(BrokerOrder order) {
        if (calls.breaker().getState() != CircuitBreaker.State.CLOSED) {
            return new PlaceOutcome.Rejected("not sent: the broker's circuit is " + calls.breaker().getState()
                    + " after repeated failures; only read calls probe it until it answers again");
        }
        Map<String, String> body;
        try {
            body = bodies.place(order, lastPrice.applyAsLong(order.request().symbol()));
        } catch (IllegalStateException e) {
            return new PlaceOutcome.Rejected("not sent: " + e.getMessage());
        }
        try {
            String orderId = calls.order(PLACE, body).path("orderid").asString("");
            if (orderId.isEmpty()) {
                return new PlaceOutcome.Ambiguous("placeOrder answered without an orderid");
            }
            if (order.request().type() == OrderType.MARKET) {
                marketableLimits.placed(order, orderId, new BigDecimal(body.get("price")).movePointRight(2)
                        .longValueExact());
            }
            return new PlaceOutcome.Placed(orderId, false);
        } catch (CallNotPermittedException e) {
            return new PlaceOutcome.Rejected("not sent: the broker's circuit opened");
        } catch (NoSessionException e) {
            return new PlaceOutcome.Rejected(e.getMessage());
        } catch (SmartApiException e) {
            return BrokerCalls.noAnswer(e) ? new PlaceOutcome.Ambiguous(e.getMessage())
                    : new PlaceOutcome.Rejected(e.getMessage());
        } catch (UncheckedIOException e) {
            return new PlaceOutcome.Ambiguous(e.getMessage());
        }
    }

    @Override
    public CancelOutcome cancel(ClientOrderId clientOrderId, Optional<String> brokerOrderId) {
        Optional<JsonNode> row;
        try {
            row = rows().stream().filter(candidate -> brokerOrderId.map(id -> id.equals(candidate.path("orderid")
                    .asString())).orElse(clientOrderId.value().equals(candidate.path("ordertag").asString())))
                    .findFirst();
        } catch (BrokerUnavailableException e) {
            return new CancelOutcome.Ambiguous(e.getMessage());
        }
        if (row.isEmpty()) {
            return new CancelOutcome.Refused("the broker has no order " + brokerOrderId.orElse(clientOrderId.value()));
        }
        try {
            calls.order(CANCEL, Map.of("variety", row.get().path("variety").asString("NORMAL"),
                    "orderid", row.get().path("orderid").asString()));
            return new CancelOutcome.Requested();
        } catch (SmartApiException e) {
            return BrokerCalls.noAnswer(e) ? new CancelOutcome.Ambiguous(e.getMessage())
                    : new CancelOutcome.Refused(e.getMessage());
        } catch (UncheckedIOException | CallNotPermittedException e) {
            return new CancelOutcome.Ambiguous(e.getMessage());
        }
    }

    @Override
    public Optional<BrokerOrderState> find(ClientOrderId clientOrderId) {
        return orderBook().stream().filter(state -> state.clientOrderId().equals(Optional.of(clientOrderId)))
                .findFirst();
    }

    @Override
    public List<BrokerOrderState> orderBook() {
        return rows().stream().map(this::state).toList();
    }

    @Override
    public List<BrokerPosition> positions() {
        return BookRows.rows(ask("positions", () -> calls.read(POSITIONS, positionsPace))).stream()
                .flatMap(row -> BookRows.position(row).stream()).toList();
    }

    /** RMS: {@code net} is what is available to trade, {@code utiliseddebits} what is blocked. */
    @Override
    public BrokerFunds funds() {
        JsonNode rms = ask("funds (RMS)", () -> calls.funds(FUNDS));
        long available = BookRows.paise(rms.path("net"));
        long used = BookRows.paise(rms.path("utiliseddebits"));
        return new BrokerFunds(available, used, available + used);
    }

    /** Logs in (or finds the session still valid); returns the client code logged in as. */
    public String login() {
        ask("a session (login with TOTP)", api::session);
        return api.clientCode();
    }

    /** The profile's client code: the account the session trades (readiness compares it with ours). */
    public String profileClientCode() {
        return ask("the profile", () -> calls.read(() -> api.get(SmartApiClient.PROFILE_PATH)))
                .path("clientcode").asString("");
    }

    /** The broker's clock (whole seconds, from its {@code Date} header). */
    public java.time.Instant brokerTime() {
        return ask("the broker's clock", () -> calls.read(api::brokerTime));
    }

    /** The session as it stands, from what is known here: no call is made to find out. */
    public BrokerSession session() {
        return new BrokerSession(api.loggedIn(), calls.breaker().getState().name(), calls.lastCall());
    }

    /** Whether order updates arrive over the socket (else the order book is being polled). */
    public boolean updatesConnected() {
        return updates.connected();
    }

    @Override
    public void onUpdate(Consumer<BrokerOrderState> listener) {
        listeners.add(listener);
    }

    @Override
    public void start() {
        updates.start();
        chores = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("broker-chores").factory());
        chores.scheduleWithFixedDelay(this::choresQuietly, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void stop() {
        updates.stop();
        if (chores != null) {
            chores.shutdownNow();
            chores = null;
        }
    }

    /** Every second, on the active instance: fills the trade book lagged, and marketable limits left behind. */
    private void choresQuietly() {
        try {
            catchUpFills();
            if (marketableLimits.enabled()) {
                marketableLimits.reprice();
            }
        } catch (RuntimeException e) {
            log.warn("Lagging fills and resting marketable limits could not be checked: {}", e.getMessage());
        }
    }

    /** An order the trade book did not list in full yet, and since when. */
    private record Lagging(JsonNode row, java.time.Instant since) {
    }

    /**
     * Asks the trade book again for the orders it lagged (Angel One's books can trail the order update by seconds), and
     * tells the order manager each one it now lists in full — seconds, where the next reconciliation would take up to
     * its interval. After {@link #answerDelay()} that is left to reconciliation.
     */
    private void catchUpFills() {
        java.time.Instant now = clock.instant();
        for (Map.Entry<String, Lagging> entry : lagging.entrySet()) {
            if (entry.getValue().since().plus(answerDelay()).isBefore(now)) {
                lagging.remove(entry.getKey());
                continue;
            }
            BrokerOrderState state = state(entry.getValue().row());
            if (!lagging.containsKey(entry.getKey())) {
                updated(state);
            }
        }
    }

    /** The service is going away: no more updates, and the client's connections close. */
    @Override
    public void close() {
        stop();
        api.close();
    }

    private List<JsonNode> rows() {
        return BookRows.rows(ask("the order book", () -> calls.read(ORDER_BOOK, orderBookPace)));
    }

    private BrokerOrderState state(JsonNode row) {
        String orderId = row.path("orderid").asString();
        long filled = BookRows.quantity(row.path("filledshares"));
        BrokerOrderState state = BookRows.order(row, ask("the trade book", () -> trades.fillsOf(orderId, filled)),
                clock.instant());
        if (state.filledQuantity() < filled) {
            java.time.Instant now = clock.instant();
            lagging.compute(orderId, (id, was) -> new Lagging(row, was == null ? now : was.since()));
        } else {
            lagging.remove(orderId);
        }
        return state;
    }

    private void updated(BrokerOrderState state) {
        marketableLimits.updated(state);
        listeners.forEach(listener -> listener.accept(state));
    }

    private static <T> T ask(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new BrokerUnavailableException("Angel One could not be asked for " + what + ": " + e.getMessage(), e);
        }
    }
}
