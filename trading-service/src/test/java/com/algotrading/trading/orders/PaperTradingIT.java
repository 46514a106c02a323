package com.algotrading.trading.orders;

import com.algotrading.common.market.Symbol;
import com.algotrading.common.orders.OrderStatus;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.trading.audit.AuditLog;
import com.algotrading.trading.support.TradingApi.Answer;
import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.StreamSupport;

import static com.algotrading.trading.support.TradingApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Orders through the real HTTP API against the paper broker, the fake data-service's ticks driving the fills. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PaperTradingIT extends TradingServiceTest {

    @Autowired
    PlatformSettings settings;

    @Autowired
    OrderDesk desk;

    @Autowired
    ConfigurableApplicationContext context;

    private JsonNode awaitOrder(String id, String status) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/v1/orders/" + id).body(),
                order -> status.equals(order.path("status").asString()));
    }

    private static JsonNode only(JsonNode list, String field, String value) {
        List<JsonNode> matching = StreamSupport.stream(list.spliterator(), false)
                .filter(item -> value.equals(item.path(field).asString())).toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst();
    }

    private List<String> auditActions() {
        return StreamSupport.stream(api.get("/api/v1/audit").body().spliterator(), false)
                .map(entry -> entry.path("action").asString()).toList();
    }

    @Test
    void aMarketOrderIsPersistedSentAndFilledAtTheNextTickMovingPositionFundsAndPnl() {
        tick("NSE:TCS-EQ", "4000.00");

        java.math.BigDecimal usedBefore = new java.math.BigDecimal(api.get("/api/v1/funds").body().path("used").asString());
        java.math.BigDecimal chargesBefore = new java.math.BigDecimal(api.get("/api/v1/pnl").body().path("charges").asString());

        Answer placed = api.post("/api/v1/orders", order("NSE:TCS-EQ", "BUY", 10, "MARKET", null));

        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.header("Location")).endsWith("/api/v1/orders/" + placed.body().path("id").asString());
        assertThat(placed.body().path("clientOrderId").asString()).matches("[A-Za-z0-9]{19}");
        assertThat(placed.body().path("status").asString()).isIn("SENT", "OPEN");

        tick("NSE:TCS-EQ", "4001.50");
        JsonNode filled = awaitOrder(placed.body().path("id").asString(), "FILLED");

        assertThat(filled.path("filledQuantity").asLong()).isEqualTo(10);
        assertThat(filled.path("averagePrice").asString()).isEqualTo("4001.50");
        JsonNode position = only(api.get("/api/v1/positions").body(), "symbol", "NSE:TCS-EQ");
        assertThat(position.path("quantity").asLong()).isEqualTo(10);
        assertThat(position.path("averagePrice").asString()).isEqualTo("4001.50");
        JsonNode trade = only(api.get("/api/v1/trades").body(), "orderId", placed.body().path("id").asString());
        assertThat(trade.path("price").asString()).isEqualTo("4001.50");
        assertThat(Double.parseDouble(trade.path("charges").asString())).isPositive();
        // Intraday margin is 20 % of 10 × 4001.50 = 8003.00.
        assertThat(new java.math.BigDecimal(api.get("/api/v1/funds").body().path("used").asString()).subtract(usedBefore))
                .isEqualByComparingTo("8003.00");
        assertThat(new java.math.BigDecimal(api.get("/api/v1/pnl").body().path("charges").asString()).subtract(chargesBefore))
                .isEqualByComparingTo(trade.path("charges").asString());
        assertThat(auditActions()).containsSubsequence("order.new", "order.sent", "order.open", "order.filled");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM paper_orders WHERE client_order_id = ?", Integer.class,
                placed.body().path("clientOrderId").asString())).isEqualTo(1);
    }

    @Test
    void listenersSeeAnOrdersChangesInCommitOrderWhenItFillsWhileItsOpeningIsStillBeingTold() {
        tick("NSE:INFY-EQ", "1500.00");
        Symbol infy = Symbol.parse("NSE:INFY-EQ");
        Map<String, List<OrderStatus>> seen = new ConcurrentHashMap<>();
        desk.addListener((order, fill) -> {
            if (!order.request().symbol().equals(infy) || order.request().quantity() != 7) {
                return;
            }
            seen.computeIfAbsent(order.id().value(), id -> new CopyOnWriteArrayList<>()).add(order.status());
            if (order.status() == OrderStatus.SENT) {
                // The next tick fills the order at the paper broker while this thread is still telling of SENT and
                // has OPEN yet to tell: the fill commits after OPEN, and must be told after it too.
                prices.accept(infy, 150_050, Instant.now());
                LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
            }
        });

        Answer placed = api.post("/api/v1/orders", order("NSE:INFY-EQ", "BUY", 7, "MARKET", null));
        String id = placed.body().path("id").asString();
        awaitOrder(id, "FILLED");

        await().atMost(Duration.ofSeconds(10)).until(() -> seen.getOrDefault(id, List.of()).contains(OrderStatus.FILLED));
        assertThat(seen.get(id)).containsExactly(OrderStatus.SENT, OrderStatus.OPEN, OrderStatus.FILLED);
    }

    @Test
    void everyAuditedStepOfAnOrderIsAnnouncedToTheListenersOfWhatWasDecided() {
        tick("NSE:TCS-EQ", "4000.00");
        List<AuditLog.Entry> announced = new CopyOnWriteArrayList<>();
        context.addApplicationListener((PayloadApplicationEvent<?> event) -> {
            if (event.getPayload() instanceof AuditLog.Entry entry) {
                announced.add(entry);
            }
        });

        Answer placed = api.post("/api/v1/orders", order("NSE:TCS-EQ", "BUY", 2, "MARKET", null));
        String id = placed.body().path("id").asString();
        tick("NSE:TCS-EQ", "4000.50");
        awaitOrder(id, "FILLED");

        // insert, answer and fill each write their entries in the statement of their change: all are still told
        await().atMost(Duration.ofSeconds(10)).until(() -> announced.stream()
                .anyMatch(entry -> entry.details().contains(id) && entry.action().equals("order.filled")));
        assertThat(announced.stream().filter(entry -> entry.details().contains(id)).map(AuditLog.Entry::action))
                .containsExactly("order.new", "order.sent", "order.open", "order.filled");
    }

    @Test
    void aLimitOrderRestsUntilThePriceReachesItsLimit() {
        tick("NSE:INFY-EQ", "1500.00");
        String id = api.post("/api/v1/orders", order("NSE:INFY-EQ", "BUY", 4, "LIMIT", "1490.00")).body()
                .path("id").asString();
        awaitOrder(id, "OPEN");

        tick("NSE:INFY-EQ", "1495.00");
        tick("NSE:INFY-EQ", "1489.50");

        assertThat(awaitOrder(id, "FILLED").path("averagePrice").asString()).isEqualTo("1489.50");
    }

    @Test
    void aPriceOffTheTickOrAnUnknownInstrumentIsRefusedBeforeRisk() {
        Answer offTick = api.post("/api/v1/orders", order("NSE:INFY-EQ", "BUY", 1, "LIMIT", "1490.03"));
        Answer unknown = api.post("/api/v1/orders", order("NSE:NOPE-EQ", "BUY", 1, "LIMIT", "10.00"));
        Answer malformed = api.post("/api/v1/orders", "{\"symbol\":\"NSE:INFY-EQ\",\"side\":\"HOLD\"}");

        assertThat(offTick.status()).isEqualTo(400);
        assertThat(offTick.body().path("type").asString()).isEqualTo("/problems/invalid-request");
        assertThat(offTick.body().path("detail").asString()).contains("1490.03").contains("tick of 0.05");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("type").asString()).isEqualTo("/problems/unknown-instrument");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE symbol = 'NSE:NOPE-EQ'", Integer.class)).isZero();
    }

    /** The dashboard names its user in X-Actor; a caller without the service token could name anyone, so it is not believed. */
    @Test
    void theAuditNamesTheDashboardsUserOnlyWhenTheCallSentTheServiceToken() {
        String body = order("NSE:SBIN-EQ", "BUY", 1, "LIMIT", "690.00");

        String forged = api.post("/api/v1/orders", body, Map.of("X-Actor", "mallory")).body().path("id").asString();
        String dashboard = api.post("/api/v1/orders", body, Map.of("X-Actor", "priya:key:7",
                "Authorization", "Bearer " + settings.serviceToken().value())).body().path("id").asString();

        assertThat(actorOfNewOrder(forged)).isEqualTo("api");
        assertThat(actorOfNewOrder(dashboard)).isEqualTo("priya:key:7");
    }

    private String actorOfNewOrder(String id) {
        return jdbc.queryForObject("SELECT actor FROM audit_log WHERE action = 'order.new' AND details->>'orderId' = ?",
                String.class, id);
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstOrderAndNeverASecond() {
        String body = order("NSE:SBIN-EQ", "BUY", 3, "LIMIT", "700.00");
        Map<String, String> key = Map.of("Idempotency-Key", "retry-7f3a");

        Answer first = api.post("/api/v1/orders", body, key);
        Answer again = api.post("/api/v1/orders", body, key);
        Answer otherBody = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 4, "LIMIT", "700.00"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().path("id").asString()).isEqualTo(first.body().path("id").asString());
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(otherBody.status()).isEqualTo(409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM paper_orders WHERE symbol = 'NSE:SBIN-EQ'", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void cancellingAnOpenOrderIsAcceptedAndCancellingItAgainIsAConflict() {
        String id = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "SELL", 2, "LIMIT", "900.00")).body()
                .path("id").asString();
        awaitOrder(id, "OPEN");

        Answer cancel = api.delete("/api/v1/orders/" + id);

        assertThat(cancel.status()).isEqualTo(202);
        awaitOrder(id, "CANCELLED");
        Answer again = api.delete("/api/v1/orders/" + id);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("type").asString()).isEqualTo("/problems/conflict");
        assertThat(api.get("/api/v1/orders/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }

    @Test
    void aDenialNamesTheRuleAndIsAuditedButIsNoOrder() {
        long before = jdbc.queryForObject("SELECT count(*) FROM orders", Long.class);

        Answer denied = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 1000, "LIMIT", "700.00"));

        assertThat(denied.status()).isEqualTo(422);
        assertThat(denied.body().path("type").asString()).isEqualTo("/problems/risk-denied");
        assertThat(denied.body().path("rule").asString()).isEqualTo("max-order-value");
        assertThat(denied.body().path("detail").asString()).contains("7,00,000.00");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Long.class)).isEqualTo(before);
        assertThat(auditActions()).contains("risk.denied");
    }
}
