package com.algotrading.trading.live;

import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.settings.AngelOneCredentials;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.TradingSettings;
import com.algotrading.common.settings.Secret;
import com.algotrading.common.smartapi.FakeAngelOne;
import com.algotrading.common.smartapi.FakeOrderBook;
import com.algotrading.trading.market.AlwaysOpenMarket;
import com.algotrading.trading.market.MarketClock;
import com.algotrading.trading.support.TradingApi.Answer;
import com.algotrading.trading.support.TradingServiceTest;
import com.algotrading.postgres.LogSecrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.algotrading.trading.support.TradingApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The trading-service in live mode against the fake Angel One on loopback: the readiness gate opens trading, orders
 * go through the same order manager and risk engine, an ambiguous answer is settled from the fake's books with
 * exactly one order there, and the broker going down halts new entries until it is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LiveTradingIT extends TradingServiceTest {

    static final AngelOneCredentials CREDENTIALS = new AngelOneCredentials(new Secret("api-key-1"), "A123",
            new Secret("0481"), new Secret("JBSWY3DPEHPK3PXP"));
    static final FakeAngelOne ANGEL_ONE = new FakeAngelOne(CREDENTIALS, Clock.systemUTC());

    /**
     * Live mode keeps the exchange's hours, and the broker's clock (its Date header) is the real one: the market is
     * made open instead of the clock moved.
     */
    @TestConfiguration
    static class MarketOpen {
        @Bean
        @Primary
        MarketClock alwaysOpen(NseCalendar calendar, TradingSettings settings, PlatformSettings platform) {
            return new AlwaysOpenMarket(calendar, settings, platform);
        }
    }

    @DynamicPropertySource
    static void live(DynamicPropertyRegistry registry) {
        registry.add("PAPER_TRADING", () -> "false");
        registry.add("LIVE_TRADING_ON_LOCAL", () -> "true");
        registry.add("ANGEL_ONE_API_KEY", () -> "api-key-1");
        registry.add("ANGEL_ONE_CLIENT_ID", () -> "A123");
        registry.add("ANGEL_ONE_PASSWORD", () -> "0481");
        registry.add("ANGEL_ONE_TOTP_SECRET", () -> "JBSWY3DPEHPK3PXP");
        registry.add("ANGEL_ONE_API_URL", () -> ANGEL_ONE.apiUrl().toString());
        registry.add("ANGEL_ONE_ORDER_UPDATES_URL", () -> ANGEL_ONE.orderUpdates().url().toString());
        registry.add("ANGEL_ONE_TIMEOUT_MS", () -> "1000");
        registry.add("BROKER_CIRCUIT_OPEN_SECONDS", () -> "1");
        registry.add("RECONCILE_INTERVAL_SECONDS", () -> "1");
        registry.add("READINESS_INTERVAL_SECONDS", () -> "1");
    }

    @AfterAll
    static void closeBroker() {
        ANGEL_ONE.close();
    }

    @BeforeEach
    void ready() {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/readiness").body().path("ready")
                .asBoolean() && risk().equals("ACTIVE"));
        tick("NSE:SBIN-EQ", "800.00");
    }

    /** Whatever a test made the service log, no line of it holds a broker credential. */
    @AfterEach
    void noCredentialLogged(CapturedOutput output) {
        LogSecrets.assertNoneIn("the service's output during the test", output.getAll().lines().toList(), Map.of(
                "ANGEL_ONE_API_KEY", CREDENTIALS.apiKey().value(), "ANGEL_ONE_PASSWORD", CREDENTIALS.password().value(),
                "ANGEL_ONE_TOTP_SECRET", CREDENTIALS.totpSecret().value()));
    }

    private String risk() {
        return api.get("/api/v1/risk").body().path("state").asString();
    }

    private JsonNode orderOf(String id) {
        return api.get("/api/v1/orders/" + id).body();
    }

    private FakeOrderBook.Order atBroker(JsonNode order) {
        return ANGEL_ONE.book().byTag(order.path("clientOrderId").asString()).orElseThrow();
    }

    private long ordersAtBrokerTagged(String clientOrderId) {
        return ANGEL_ONE.book().orders().stream().filter(order -> order.ordertag().equals(clientOrderId)).count();
    }

    @Test
    void readinessListsEveryPreTradeCheckPassedAndRiskIsActive() {
        JsonNode readiness = api.get("/api/v1/readiness").body();

        List<String> names = new ArrayList<>();
        readiness.path("checks").forEach(check -> names.add(check.path("name").asString()));
        assertThat(names).containsExactly("login", "client-code", "funds", "clock", "instrument-tokens", "market-feed");
        readiness.path("checks").forEach(check -> assertThat(check.path("ok").asBoolean()).as(check.toString()).isTrue());
        assertThat(readiness.path("checks").get(1).path("detail").asString()).contains("A123");
    }

    @Test
    void aFailingCheckKeepsRiskHaltedWithTheReasonUntilItPasses() {
        ANGEL_ONE.rateLimitNext(FakeAngelOne.FUNDS_PATH, 1_000_000);
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> risk().equals("HALTED"));
            assertThat(api.get("/api/v1/risk").body().path("reason").asString()).contains("pre-trade checks failed",
                    "funds: Angel One could not be asked for funds (RMS): rate limit exceeded");
            assertThat(api.get("/api/v1/readiness").body().path("ready").asBoolean()).isFalse();
            assertThat(api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 1, "LIMIT", "790.00")).status())
                    .isEqualTo(422);
        } finally {
            ANGEL_ONE.stopRateLimiting(FakeAngelOne.FUNDS_PATH);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> risk().equals("ACTIVE"));
    }

    @Test
    void anOrderGoesToTheBrokerAsALimitTaggedWithOurIdAndIsFilledFromTheSocket() {
        Answer placed = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 10, "MARKET", null));
        assertThat(placed.status()).isEqualTo(201);
        FakeOrderBook.Order atBroker = atBroker(placed.body());
        assertThat(atBroker.placed().path("ordertype").asString()).isEqualTo("LIMIT");
        assertThat(atBroker.placed().path("price").asString()).isEqualTo("804.00");

        ANGEL_ONE.book().fill(atBroker, 4, "800.05");
        ANGEL_ONE.book().fill(atBroker, 6, "800.10");

        String id = placed.body().path("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> orderOf(id).path("status").asString().equals("FILLED"));
        assertThat(orderOf(id).path("filledQuantity").asLong()).isEqualTo(10);
        assertThat(orderOf(id).path("brokerOrderId").asString()).isEqualTo(atBroker.orderId());
        List<Long> fills = new ArrayList<>();
        api.get("/api/v1/trades").body().forEach(trade -> {
            if (trade.path("orderId").asString().equals(id)) {
                fills.add(trade.path("quantity").asLong());
            }
        });
        assertThat(fills).as("each fill recorded once").containsExactlyInAnyOrder(4L, 6L);
    }

    private java.util.Optional<JsonNode> shownAs(String brokerOrderId) {
        for (JsonNode order : api.get("/api/v1/orders?symbol=NSE:SBIN-EQ&size=500").body()) {
            if (order.path("brokerOrderId").asString().equals(brokerOrderId)) {
                return java.util.Optional.of(order);
            }
        }
        return java.util.Optional.empty();
    }

    /** The fake's net SBIN intraday position, from every order's fills there. */
    private long netAtBroker() {
        return ANGEL_ONE.book().orders().stream()
                .filter(order -> order.placed().path("tradingsymbol").asString().equals("SBIN-EQ")
                        && order.placed().path("producttype").asString().equals("INTRADAY"))
                .mapToLong(order -> (order.placed().path("transactiontype").asString().equals("BUY") ? 1 : -1)
                        * order.filled()).sum();
    }

    private long ourPosition() {
        long quantity = 0;
        for (JsonNode position : api.get("/api/v1/positions").body()) {
            if (position.path("symbol").asString().equals("NSE:SBIN-EQ") && position.path("product").asString()
                    .equals("INTRADAY")) {
                quantity += position.path("quantity").asLong();
            }
        }
        return quantity;
    }

    @Test
    void anOrderPlacedInTheBrokersAppIsShownMarkedExternalFollowedToItsFillAndNeverManaged() {
        // the other tests' orders still working would keep the position moving: reconciliation leaves a moving one be
        api.post("/api/v1/orders/cancel-all", "");
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.queryForObject("SELECT count(*) FROM orders WHERE"
                + " symbol = 'NSE:SBIN-EQ' AND origin <> 'EXTERNAL' AND status NOT IN ('FILLED', 'CANCELLED', 'REJECTED')",
                Integer.class) == 0);
        int tradesBefore = api.get("/api/v1/risk").body().path("tradesToday").asInt();
        FakeOrderBook.Order elsewhere = ANGEL_ONE.book().placeElsewhere("NSE", "SBIN-EQ", "3045", "BUY", 3, "799.00",
                "INTRADAY");

        await().atMost(Duration.ofSeconds(10)).until(() -> shownAs(elsewhere.orderId()).isPresent());
        JsonNode shown = shownAs(elsewhere.orderId()).orElseThrow();
        assertThat(shown.path("external").asBoolean()).isTrue();
        assertThat(shown.path("status").asString()).isEqualTo("OPEN");
        assertThat(shown.path("side").asString()).isEqualTo("BUY");
        assertThat(shown.path("quantity").asLong()).isEqualTo(3);
        assertThat(shown.path("type").asString()).isEqualTo("LIMIT");
        assertThat(shown.path("price").asString()).isEqualTo("799.00");
        String id = shown.path("id").asString();
        Answer cancel = api.delete("/api/v1/orders/" + id);
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.body().path("detail").asString()).contains("placed outside the platform");
        assertThat(ANGEL_ONE.requests(FakeAngelOne.CANCEL_PATH)).noneMatch(call -> call.json().path("orderid").asString()
                .equals(elsewhere.orderId()));

        ANGEL_ONE.book().fill(elsewhere, 3, "798.95");

        await().atMost(Duration.ofSeconds(10)).until(() -> orderOf(id).path("status").asString().equals("FILLED"));
        assertThat(orderOf(id).path("filledQuantity").asLong()).isEqualTo(3);
        assertThat(orderOf(id).path("averagePrice").asString()).isEqualTo("798.95");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(ourPosition()).as("from the broker's books")
                .isEqualTo(netAtBroker()));
        assertThat(api.get("/api/v1/risk").body().path("tradesToday").asInt()).as("not one of the platform's trades")
                .isEqualTo(tradesBefore);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = 'order.external-adopted'"
                + " AND details->>'brokerOrderId' = ?", Integer.class, elsewhere.orderId())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE broker_order_id = ?", Integer.class,
                elsewhere.orderId())).as("adopted once, however often it is listed").isEqualTo(1);
    }

    @Test
    void anOrdersBrokerCallCarriesTheTraceOfTheRequestThatPlacedItAndItsRowKeepsTheTraceId() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Answer placed = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 2, "LIMIT", "795.00"),
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01"));

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.header("traceparent")).startsWith("00-" + traceId + "-");
        assertThat(jdbc.queryForObject("SELECT trace_id FROM orders WHERE id = ?::uuid", String.class,
                placed.body().path("id").asString())).isEqualTo(traceId);
        String tag = placed.body().path("clientOrderId").asString();
        assertThat(ANGEL_ONE.requests(FakeAngelOne.PLACE_PATH)).filteredOn(call -> call.body().contains(tag))
                .singleElement().satisfies(call -> assertThat(call.headers().get("traceparent"))
                        .as("the placeOrder call's traceparent").startsWith("00-" + traceId + "-"));
    }

    @Test
    void theBrokerHealthComponentIsUpWhileLoggedInWithTheCircuitClosed() {
        assertThat(brokerHealth()).isEqualTo("UP");
    }

    private String brokerHealth() {
        return api.get("/actuator/health").body().path("components").path("broker").path("status").asString();
    }

    @Test
    void aCancelGoesToTheBrokerWithTheOrdersIdAndTheCancellationArrivesOverTheSocket() {
        Answer placed = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 2, "LIMIT", "780.00"));
        String id = placed.body().path("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> orderOf(id).path("status").asString().equals("OPEN"));

        assertThat(api.delete("/api/v1/orders/" + id).status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(10)).until(() -> orderOf(id).path("status").asString().equals("CANCELLED"));
        assertThat(atBroker(placed.body()).status()).isEqualTo("cancelled");
        assertThat(ANGEL_ONE.requests(FakeAngelOne.CANCEL_PATH).getLast().json().path("orderid").asString())
                .isEqualTo(atBroker(placed.body()).orderId());
    }

    @Test
    void aRejectionShowsTheExchangesTextToTheTrader() {
        ANGEL_ONE.book().rejectNext("RMS:Margin Exceeds,Required:8000.00, Available:50.00");

        String id = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 10, "LIMIT", "790.00")).body()
                .path("id").asString();

        await().atMost(Duration.ofSeconds(10)).until(() -> orderOf(id).path("status").asString().equals("REJECTED"));
        assertThat(orderOf(id).path("reason").asString()).isEqualTo("RMS:Margin Exceeds,Required:8000.00, Available:50.00");
    }

    /** A timeout (the fake booked the order) or an empty 200 (OpenAlgo's issue #721): the same ambiguity. */
    @ParameterizedTest
    @EnumSource(value = FakeAngelOne.PlaceAnswer.class, names = {"LATE", "EMPTY_BODY"})
    void anAmbiguousPlaceAnswerIsUnknownThenReconciledFromTheBrokersBooksWithExactlyOneOrderThere(
            FakeAngelOne.PlaceAnswer answer) {
        ANGEL_ONE.answerNextPlace(answer);

        Answer placed = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 5, "LIMIT", "790.00"));

        assertThat(placed.body().path("status").asString()).isEqualTo("UNKNOWN");
        String id = placed.body().path("id").asString();
        await().atMost(Duration.ofSeconds(15)).until(() -> orderOf(id).path("status").asString().equals("OPEN"));
        assertThat(orderOf(id).path("brokerOrderId").asString()).isEqualTo(atBroker(placed.body()).orderId());
        assertThat(ordersAtBrokerTagged(placed.body().path("clientOrderId").asString())).isEqualTo(1);
        assertThat(ANGEL_ONE.requests(FakeAngelOne.PLACE_PATH).stream().filter(request -> request.body()
                .contains(placed.body().path("clientOrderId").asString()))).as("never placed again").hasSize(1);
    }

    @Test
    void theBrokerDownOpensTheCircuitHaltsNewEntriesWithAnAlertAndTradingResumesWhenItIsBack() {
        ANGEL_ONE.down(true);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> risk().equals("HALTED")
                    && api.get("/api/v1/risk").body().path("reason").asString().contains("Angel One is not answering"));
            assertThat(api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 1, "LIMIT", "790.00")).status())
                    .isEqualTo(422);
            assertThat(api.get("/api/v1/audit").body().toString()).contains("broker.circuit-open");
            assertThat(api.get("/actuator/metrics/BrokerCircuitOpen").body().path("measurements").get(0)
                    .path("value").asDouble()).isEqualTo(1.0);
            assertThat(brokerHealth()).isEqualTo("DOWN");
        } finally {
            ANGEL_ONE.down(false);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> risk().equals("ACTIVE"));
        assertThat(api.get("/api/v1/audit").body().toString()).contains("broker.circuit-closed");
        Answer resumed = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 1, "LIMIT", "790.00"));
        assertThat(resumed.status()).as("%s", resumed.body()).isEqualTo(201);
        assertThat(brokerHealth()).isEqualTo("UP");
    }
}
