package com.algotrading.trading.broker.angelone;

import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.ClientOrderId;
import com.algotrading.common.orders.OrderOrigin;
import com.algotrading.common.orders.OrderRequest;
import com.algotrading.common.orders.OrderType;
import com.algotrading.common.orders.Product;
import com.algotrading.common.orders.Side;
import com.algotrading.common.settings.AngelOneCredentials;
import com.algotrading.common.settings.LiveTradingSettings;
import com.algotrading.common.settings.Secret;
import com.algotrading.common.smartapi.FakeAngelOne;
import com.algotrading.common.smartapi.FakeOrderBook;
import com.algotrading.common.smartapi.Sleeper;
import com.algotrading.common.smartapi.SmartApiClient;
import com.algotrading.trading.broker.BrokerCircuitChanged;
import com.algotrading.trading.broker.BrokerFill;
import com.algotrading.trading.broker.BrokerOrder;
import com.algotrading.trading.broker.BrokerOrderState;
import com.algotrading.trading.broker.BrokerOrderStatus;
import com.algotrading.trading.broker.PlaceOutcome;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static com.algotrading.common.smartapi.FakeAngelOne.PLACE_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The adapter against the fake Angel One over real loopback HTTP and WebSocket, on the real clock: each test is one
 * bullet of the contract (login with a TOTP the fake verifies, updates over the socket and the polling
 * fallback, ambiguous and rate-limited answers, the order-rate limit, re-login, the circuit breaker).
 */
class AngelOneContractIT {

    static final AngelOneCredentials CREDENTIALS = new AngelOneCredentials(new Secret("api-key-1"), "A123",
            new Secret("1234"), new Secret("JBSWY3DPEHPK3PXP"));
    static final Instrument SBIN = Instrument.equity(com.algotrading.common.market.Exchange.NSE, "3045", "SBIN-EQ",
            "STATE BANK OF INDIA", 5);
    private static final JsonMapper JSON = new JsonMapper();

    private final FakeAngelOne fake = new FakeAngelOne(CREDENTIALS, Clock.systemUTC());
    private final List<BrokerOrderState> updates = new CopyOnWriteArrayList<>();
    private final List<BrokerCircuitChanged> circuit = new CopyOnWriteArrayList<>();
    private final SmartApiClient api = new SmartApiClient(fake.apiUrl(), CREDENTIALS, JSON, Clock.systemUTC(),
            Sleeper.REAL, Duration.ofMillis(1_000));
    private final java.util.concurrent.atomic.AtomicLong lastPrice = new java.util.concurrent.atomic.AtomicLong(80_000);
    private final AngelOneBroker broker = new AngelOneBroker(api, settings(fake), symbol -> lastPrice.get(), JSON,
            Clock.systemUTC(), Sleeper.REAL, circuit::add);

    static LiveTradingSettings settings(FakeAngelOne fake) {
        return new LiveTradingSettings(fake.apiUrl(), fake.orderUpdates().url(), 50, 50, Duration.ofMillis(1_000),
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1), 2);
    }

    AngelOneContractIT() {
        broker.onUpdate(updates::add);
    }

    @AfterEach
    void stop() {
        broker.stop();
        api.close();
        fake.close();
    }

    private static BrokerOrder order(Side side, long quantity, OrderType type, Long price, Long trigger) {
        return new BrokerOrder(ClientOrderId.generate(Instant.now(), new java.util.Random()), new OrderRequest(
                SBIN.symbol(), side, quantity, type, Optional.ofNullable(price), Optional.ofNullable(trigger),
                Product.INTRADAY, Optional.empty(), OrderOrigin.API), SBIN);
    }

    private static BrokerOrder limitBuy(long quantity) {
        return order(Side.BUY, quantity, OrderType.LIMIT, 79_000L, null);
    }

    private void startAndConnect() {
        broker.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.updatesConnected() && fake.orderUpdates().connected());
    }

    private List<BrokerOrderState> updatesOf(String orderId) {
        return updates.stream().filter(update -> update.brokerOrderId().equals(orderId)).toList();
    }

    private static String placedId(PlaceOutcome outcome) {
        assertThat(outcome).isInstanceOf(PlaceOutcome.Placed.class);
        return ((PlaceOutcome.Placed) outcome).brokerOrderId();
    }

    @Test
    void logsInWithClientCodePinAndATotpTheFakeVerifies() {
        broker.funds();

        assertThat(fake.logins()).hasSize(1);
        String totp = fake.logins().getFirst().json().path("totp").asString();
        DefaultCodeVerifier verifier = new DefaultCodeVerifier(new DefaultCodeGenerator(),
                () -> Instant.now().getEpochSecond());
        verifier.setAllowedTimePeriodDiscrepancy(1);
        assertThat(verifier.isValidCode("JBSWY3DPEHPK3PXP", totp)).isTrue();
        assertThat(fake.logins().getFirst().json().path("clientcode").asString()).isEqualTo("A123");
        assertThat(broker.funds()).extracting(funds -> funds.available()).isEqualTo(25_000_000L);
    }

    @Test
    void anOrderPlacedIsTaggedWithOurIdAndFilledOverTheOrderUpdateSocket() {
        startAndConnect();
        BrokerOrder order = limitBuy(10);

        String orderId = placedId(broker.place(order));
        FakeOrderBook.Order atFake = fake.book().byTag(order.clientOrderId().value()).orElseThrow();
        fake.book().fill(atFake, 10, "789.95");

        await().atMost(Duration.ofSeconds(10)).until(() -> updatesOf(orderId).stream()
                .anyMatch(update -> update.status() == BrokerOrderStatus.FILLED));
        BrokerOrderState filled = updatesOf(orderId).getLast();
        assertThat(filled.clientOrderId()).contains(order.clientOrderId());
        assertThat(filled.fills()).extracting(BrokerFill::quantity, BrokerFill::price).containsExactly(
                org.assertj.core.groups.Tuple.tuple(10L, 78_995L));
        assertThat(atFake.placed().path("ordertype").asString()).isEqualTo("LIMIT");
        assertThat(atFake.placed().path("symboltoken").asString()).isEqualTo("3045");
    }

    @Test
    void partialFillsArriveOneByOneEachUnderItsOwnFillId() {
        startAndConnect();
        BrokerOrder order = limitBuy(100);
        String orderId = placedId(broker.place(order));
        FakeOrderBook.Order atFake = fake.book().byTag(order.clientOrderId().value()).orElseThrow();

        fake.book().fill(atFake, 40, "790.00");
        await().atMost(Duration.ofSeconds(10)).until(() -> updatesOf(orderId).stream()
                .anyMatch(update -> update.filledQuantity() == 40));
        fake.book().fill(atFake, 60, "790.05");
        await().atMost(Duration.ofSeconds(10)).until(() -> updatesOf(orderId).stream()
                .anyMatch(update -> update.status() == BrokerOrderStatus.FILLED));

        BrokerOrderState partly = updatesOf(orderId).stream().filter(update -> update.filledQuantity() == 40)
                .findFirst().orElseThrow();
        assertThat(partly.status()).isEqualTo(BrokerOrderStatus.OPEN);
        List<BrokerFill> fills = updatesOf(orderId).getLast().fills();
        assertThat(fills).extracting(BrokerFill::quantity).containsExactly(40L, 60L);
        assertThat(fills).extracting(BrokerFill::tradeId).doesNotHaveDuplicates();
        assertThat(fills.getFirst()).isEqualTo(partly.fills().getFirst());
    }

    @Test
    void anExchangeRejectionCarriesTheExchangesText() {
        startAndConnect();
        fake.book().rejectNext("RMS:Margin Exceeds,Required:80000.00, Available:500.00");

        String orderId = placedId(broker.place(limitBuy(100)));

        await().atMost(Duration.ofSeconds(10)).until(() -> updatesOf(orderId).stream()
                .anyMatch(update -> update.status() == BrokerOrderStatus.REJECTED));
        assertThat(updatesOf(orderId).getLast().reason())
                .contains("RMS:Margin Exceeds,Required:80000.00, Available:500.00");
    }

    @Test
    void whileTheSocketIsDownTheOrderBookIsPolledAtMostOnceASecondUntilTheSocketIsBack() {
        startAndConnect();
        BrokerOrder order = limitBuy(5);
        String orderId = placedId(broker.place(order));
        fake.orderUpdates().refuseHandshakes(true);
        int booksBefore = fake.requests(FakeAngelOne.ORDER_BOOK_PATH).size();

        fake.orderUpdates().dropConnections();
        await().atMost(Duration.ofSeconds(10)).until(() -> !broker.updatesConnected());
        fake.book().fill(fake.book().byTag(order.clientOrderId().value()).orElseThrow(), 5, "790.00");

        await().atMost(Duration.ofSeconds(10)).until(() -> updatesOf(orderId).stream()
                .anyMatch(update -> update.status() == BrokerOrderStatus.FILLED));
        List<FakeAngelOne.Request> polls = fake.requests(FakeAngelOne.ORDER_BOOK_PATH);
        assertThat(polls.size()).isGreaterThan(booksBefore);
        assertThat(maxInAnySecond(polls)).isLessThanOrEqualTo(1);
        fake.orderUpdates().refuseHandshakes(false);
        await().atMost(Duration.ofSeconds(10)).until(broker::updatesConnected);
        assertThat(updatesOf(orderId).stream().filter(update -> update.status() == BrokerOrderStatus.FILLED))
                .as("the fill, seen by the poll, is delivered once").hasSize(1);
    }

    @Test
    void aTimedOutPlacementIsAmbiguousNeverPlacedAgainAndFoundByItsTag() {
        fake.answerNextPlace(FakeAngelOne.PlaceAnswer.LATE);
        BrokerOrder order = limitBuy(5);

        PlaceOutcome outcome = broker.place(order);

        assertThat(outcome).isInstanceOf(PlaceOutcome.Ambiguous.class);
        assertThat(fake.requests(PLACE_PATH)).hasSize(1);
        assertThat(fake.book().orders()).hasSize(1);
        assertThat(broker.find(order.clientOrderId())).as("the books lag the lost answer").isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> broker.find(order.clientOrderId()).isPresent());
        assertThat(broker.find(order.clientOrderId()).orElseThrow().brokerOrderId())
                .isEqualTo(fake.book().orders().getFirst().orderId());
        assertThat(fake.requests(PLACE_PATH)).as("never placed again").hasSize(1);
    }

    @Test
    void anEmpty200BodyOnPlaceIsAmbiguousNeverPlacedAgain() {
        fake.answerNextPlace(FakeAngelOne.PlaceAnswer.EMPTY_BODY);

        PlaceOutcome outcome = broker.place(limitBuy(5));

        assertThat(outcome).isInstanceOf(PlaceOutcome.Ambiguous.class);
        assertThat(fake.requests(PLACE_PATH)).hasSize(1);
        assertThat(fake.book().orders()).hasSize(1);
    }

    @Test
    void aPlainText403IsRetriedWithBackOffAndTheOrderIsPlacedExactlyOnce() {
        fake.rateLimitNext(PLACE_PATH, 2);

        PlaceOutcome outcome = broker.place(limitBuy(5));

        assertThat(outcome).isInstanceOf(PlaceOutcome.Placed.class);
        assertThat(fake.requests(PLACE_PATH)).hasSize(3);
        assertThat(fake.book().orders()).hasSize(1);
    }

    @Test
    void aRateLimitThatOutlastsThreeRetriesIsARejectionWithThatReason() {
        fake.rateLimitNext(PLACE_PATH, 4);

        PlaceOutcome outcome = broker.place(limitBuy(5));

        assertThat(outcome).isInstanceOfSatisfying(PlaceOutcome.Rejected.class, rejected ->
                assertThat(rejected.reason()).contains("rate limit", "Access denied because of exceeding access rate"));
        assertThat(fake.requests(PLACE_PATH)).hasSize(1 + BrokerCalls.RATE_LIMIT_RETRIES);
        assertThat(fake.book().orders()).isEmpty();
    }

    @Test
    void thirtyOrdersAtOnceNeverMakeMoreThanNineOrderCallsInAnySecond() throws Exception {
        broker.funds();
        List<Future<PlaceOutcome>> placed;
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            placed = IntStream.range(0, 30).mapToObj(i -> threads.submit(() -> broker.place(limitBuy(1)))).toList();
        }

        for (Future<PlaceOutcome> outcome : placed) {
            assertThat(outcome.get()).isInstanceOf(PlaceOutcome.Placed.class);
        }
        assertThat(fake.orderCalls()).hasSize(30);
        assertThat(maxInAnySecond(fake.orderCalls())).isLessThanOrEqualTo(9);
    }

    @Test
    void aTokenRefusedMidSessionLogsInAgainAndTheOrderIsPlacedOnce() {
        placedId(broker.place(limitBuy(1)));
        fake.refuseTokens("AG8001");

        placedId(broker.place(limitBuy(2)));

        assertThat(fake.logins()).hasSize(2);
        assertThat(fake.book().orders()).extracting(o -> o.placed().path("quantity").asString())
                .containsExactly("1", "2");
    }

    @Test
    void fillsTheTradeBookListsLateAreToldWithinSecondsNotAtTheNextReconciliation() {
        startAndConnect();
        fake.book().lagTradeBook(Duration.ofSeconds(2));
        String id = placedId(broker.place(limitBuy(10)));
        FakeOrderBook.Order atFake = fake.book().orders().getLast();

        fake.book().fill(atFake, 10, "790.00");

        await().atMost(Duration.ofSeconds(10)).until(() -> updatesOf(id).stream()
                .anyMatch(update -> update.status() == BrokerOrderStatus.FILLED && update.filledQuantity() == 10));
        assertThat(updatesOf(id)).as("the socket's update came first, before the trade book listed the fill")
                .anyMatch(update -> update.status() == BrokerOrderStatus.FILLED && update.filledQuantity() == 0);
    }

    @Test
    void aLoginUnansweredMidSessionIsADefiniteRejectionNothingWasSent() {
        placedId(broker.place(limitBuy(1)));
        fake.refuseTokens("AG8001");
        fake.holdLogins();

        PlaceOutcome outcome = broker.place(limitBuy(2));

        fake.releaseLogins();
        assertThat(outcome).isInstanceOf(PlaceOutcome.Rejected.class);
        assertThat(((PlaceOutcome.Rejected) outcome).reason()).startsWith("not sent: Angel One did not answer the login");
        assertThat(fake.book().orders()).as("only the first").hasSize(1);
        placedId(broker.place(limitBuy(3)));
        assertThat(fake.book().orders()).hasSize(2);
    }

    @Test
    void theBrokerDownOpensTheCircuitRefusesOrdersWithoutSendingThemAndReadsBringItBack() {
        broker.funds();
        fake.down(true);

        await().atMost(Duration.ofSeconds(20)).until(() -> {
            broker.place(limitBuy(1));
            return circuit.stream().anyMatch(BrokerCircuitChanged::open);
        });
        int placesWhileOpen = fake.requests(PLACE_PATH).size();
        PlaceOutcome refused = broker.place(limitBuy(1));
        assertThat(refused).isInstanceOfSatisfying(PlaceOutcome.Rejected.class, rejected ->
                assertThat(rejected.reason()).contains("circuit"));
        assertThat(fake.requests(PLACE_PATH)).hasSize(placesWhileOpen);

        await().atMost(Duration.ofSeconds(10)).until(() -> fake.requests(FakeAngelOne.FUNDS_PATH).size() > 2);
        fake.down(false);
        await().atMost(Duration.ofSeconds(20)).until(() -> !circuit.getLast().open());
        assertThat(circuit).as("told once that it opened, however many probes failed, and once that it closed")
                .extracting(BrokerCircuitChanged::open).containsExactly(true, false);
        assertThat(placedId(broker.place(limitBuy(1)))).isNotEmpty();
    }

    @Test
    void aMarketableLimitTheMarketLeftBehindIsMovedAfterItAtMostTwiceAndStaysOneOrder() throws Exception {
        startAndConnect();
        placedId(broker.place(order(Side.BUY, 10, OrderType.MARKET, null, null)));
        FakeOrderBook.Order atFake = fake.book().orders().getLast();
        assertThat(atFake.price()).isEqualByComparingTo("804.00");

        Thread.sleep(2_500);
        assertThat(fake.requests(FakeAngelOne.MODIFY_PATH)).as("the market is still at the limit").isEmpty();

        lastPrice.set(81_000);
        await().atMost(Duration.ofSeconds(5)).until(() -> atFake.price().compareTo(new java.math.BigDecimal("814.05")) == 0);
        lastPrice.set(82_000);
        await().atMost(Duration.ofSeconds(5)).until(() -> atFake.price().compareTo(new java.math.BigDecimal("824.10")) == 0);
        lastPrice.set(83_000);
        Thread.sleep(2_500);

        assertThat(atFake.price()).as("LIVE_MAX_REPRICES=2").isEqualByComparingTo("824.10");
        List<FakeAngelOne.Request> moves = fake.requests(FakeAngelOne.MODIFY_PATH);
        assertThat(moves).hasSize(2);
        assertThat(moves.getFirst().json().path("orderid").asString()).isEqualTo(atFake.orderId());
        assertThat(moves.getFirst().json().path("quantity").asString()).isEqualTo("10");
        assertThat(fake.book().orders()).as("still the one order").hasSize(1);
    }

    @Test
    void aFilledMarketableLimitAndAWrittenLimitAreNeverMoved() throws Exception {
        startAndConnect();
        placedId(broker.place(order(Side.SELL, 5, OrderType.MARKET, null, null)));
        FakeOrderBook.Order market = fake.book().orders().getLast();
        fake.book().fill(market, 5, "799.00");
        placedId(broker.place(limitBuy(5)));
        await().atMost(Duration.ofSeconds(5)).until(() -> updatesOf(market.orderId()).stream()
                .anyMatch(update -> update.status() == BrokerOrderStatus.FILLED));

        lastPrice.set(70_000);
        Thread.sleep(2_500);

        assertThat(fake.requests(FakeAngelOne.MODIFY_PATH)).isEmpty();
    }

    @Test
    void aMarketIntentGoesAsAMarketableLimitInsideTheProtectionBandOnTheTickAndSlmAsSl() {
        placedId(broker.place(order(Side.BUY, 1, OrderType.MARKET, null, null)));
        placedId(broker.place(order(Side.SELL, 1, OrderType.SL_M, null, 79_005L)));

        List<FakeOrderBook.Order> orders = fake.book().orders();
        assertThat(orders.get(0).placed().path("ordertype").asString()).isEqualTo("LIMIT");
        assertThat(orders.get(0).placed().path("price").asString()).as("800.00 + 0.5 %, up to the tick")
                .isEqualTo("804.00");
        assertThat(orders.get(1).placed().path("ordertype").asString()).isEqualTo("STOPLOSS_LIMIT");
        assertThat(orders.get(1).placed().path("variety").asString()).isEqualTo("STOPLOSS");
        assertThat(orders.get(1).placed().path("triggerprice").asString()).isEqualTo("790.05");
        assertThat(orders.get(1).placed().path("price").asString()).as("790.05 − 0.5 %, down to the tick")
                .isEqualTo("786.05");
    }

    /** The most requests whose times fall within any one second. */
    static int maxInAnySecond(List<FakeAngelOne.Request> requests) {
        List<Instant> times = requests.stream().map(FakeAngelOne.Request::at).sorted().toList();
        int most = 0;
        for (int first = 0, last = 0; last < times.size(); last++) {
            while (!times.get(first).plusSeconds(1).isAfter(times.get(last))) {
                first++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
