package com.algotrading.trading.live;

import com.algotrading.common.smartapi.FakeAngelOne;
import com.algotrading.common.smartapi.FakeOrderBook;
import com.algotrading.trading.support.DatabaseProcess;
import com.algotrading.trading.support.FakeDataService;
import com.algotrading.trading.support.ServiceProcess;
import com.algotrading.trading.support.TradingApi;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.algotrading.trading.support.TradingApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 of the live service while it waits for the broker's answer to an order the broker has booked, then a
 * restart: the service's orders equal the fake Angel One's, each once, and none was placed twice.
 */
class LiveKillRecoveryIT {

    @Test
    void killedWhileAnOrderIsInFlightTheRestartedServiceHoldsExactlyTheBrokersOrders() throws Exception {
        try (DatabaseProcess database = new DatabaseProcess(); FakeDataService market = new FakeDataService();
             FakeAngelOne angelOne = new FakeAngelOne(LiveTradingIT.CREDENTIALS, Clock.systemUTC());
             ServiceProcess service = new ServiceProcess(environment(database, market, angelOne),
                     List.of("-cp", System.getProperty("java.class.path"), AlwaysOpenLiveService.class.getName()))) {
            service.start();
            TradingApi api = service.api();
            await().atMost(Duration.ofSeconds(30)).until(() -> "ACTIVE".equals(api.get("/api/v1/risk").body()
                    .path("state").asString()));
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                market.tick("NSE:SBIN-EQ", "800.00");
                return api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 3, "LIMIT", "790.00")).status() == 201;
            });
            FakeOrderBook.Order first = angelOne.book().orders().getFirst();
            angelOne.book().fill(first, 3, "790.00");

            angelOne.answerNextPlace(FakeAngelOne.PlaceAnswer.LATE);
            Thread.ofVirtual().start(() -> {
                try {
                    api.post("/api/v1/orders", order("NSE:SBIN-EQ", "SELL", 2, "LIMIT", "810.00"));
                } catch (RuntimeException killedMidRequest) {
                    // the books say what became of it
                }
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> angelOne.book().orders().size() == 2);
            service.kill();

            service.start();
            await().atMost(Duration.ofSeconds(60)).until(() -> database.count("SELECT count(*) FROM orders"
                    + " WHERE status IN ('NEW', 'SENT', 'UNKNOWN')") == 0);

            Map<String, String> theirs = angelOne.book().orders().stream().collect(Collectors.toMap(
                    FakeOrderBook.Order::ordertag, order -> order.orderId() + ":" + order.filled()));
            assertThat(theirs).hasSize(2);
            assertThat(database.pairs("SELECT client_order_id, broker_order_id || ':' || filled_quantity FROM orders"))
                    .as("the service's orders are the broker's, each once").isEqualTo(theirs);
            assertThat(angelOne.requests(FakeAngelOne.PLACE_PATH)).as("none placed twice").hasSize(2);
            assertThat(database.pairs("SELECT client_order_id, status FROM orders").values())
                    .containsExactlyInAnyOrder("FILLED", "OPEN");
        }
    }

    private static Map<String, String> environment(DatabaseProcess database, FakeDataService market,
                                                   FakeAngelOne angelOne) {
        Map<String, String> environment = new HashMap<>(Map.of("DB_URL", database.jdbcUrl(),
                "DATA_SERVICE_URL", market.url(), "PAPER_TRADING", "false", "LIVE_TRADING_ON_LOCAL", "true",
                "ANGEL_ONE_API_KEY", "api-key-1", "ANGEL_ONE_CLIENT_ID", "A123", "ANGEL_ONE_PASSWORD", "0481",
                "ANGEL_ONE_TOTP_SECRET", "JBSWY3DPEHPK3PXP", "ANGEL_ONE_API_URL", angelOne.apiUrl().toString()));
        environment.putAll(Map.of("ANGEL_ONE_ORDER_UPDATES_URL", angelOne.orderUpdates().url().toString(),
                "ANGEL_ONE_TIMEOUT_MS", "10000", "RECONCILE_INTERVAL_SECONDS", "1", "READINESS_INTERVAL_SECONDS", "1"));
        return environment;
    }
}
