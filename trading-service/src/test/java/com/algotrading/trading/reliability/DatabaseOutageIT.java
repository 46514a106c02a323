package com.algotrading.trading.reliability;

import com.algotrading.trading.support.DatabaseProcess;
import com.algotrading.trading.support.FakeDataService;
import com.algotrading.trading.support.ServiceProcess;
import com.algotrading.trading.support.TradingApi;
import com.algotrading.trading.support.TradingApi.Answer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.algotrading.trading.support.TradingApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** PostgreSQL stopped for 60 s under a running service: no order goes out unrecorded, and trading comes back alone. */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(60);

    @Test
    void withTheDatabaseDownForAMinuteNoOrderIsSentEntriesStopWithAReasonAndTradingResumes() throws Exception {
        try (DatabaseProcess database = new DatabaseProcess(); FakeDataService market = new FakeDataService();
             ServiceProcess service = new ServiceProcess(Map.of("DB_URL", database.jdbcUrl(),
                     "DATA_SERVICE_URL", market.url(), "SIMULATOR_ALWAYS_OPEN", "true"))) {
            AtomicBoolean ticking = new AtomicBoolean(true);
            Thread ticker = Thread.ofVirtual().start(() -> {
                while (ticking.get()) {
                    market.tick("NSE:TCS-EQ", "4000.00");
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            service.start();
            TradingApi api = service.api();
            await().atMost(Duration.ofSeconds(20)).until(() -> api.post("/api/v1/orders",
                    order("NSE:TCS-EQ", "BUY", 1, "MARKET", null)).status() == 201);

            database.stop();
            List<Answer> duringOutage = new ArrayList<>();
            long until = System.nanoTime() + OUTAGE.toNanos();
            while (System.nanoTime() < until) {
                duringOutage.add(api.post("/api/v1/orders", order("NSE:TCS-EQ", "BUY", 1, "MARKET", null)));
                Thread.sleep(1_000);
            }
            Answer readiness = api.get("/actuator/health/readiness");
            database.start();
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    "UP".equals(api.get("/actuator/health/readiness").body().path("status").asString()));
            Answer after = api.post("/api/v1/orders", order("NSE:TCS-EQ", "BUY", 2, "MARKET", null));
            await().atMost(Duration.ofSeconds(20)).until(() -> database.count("SELECT count(*) FROM orders WHERE status = 'FILLED'") == 2);
            ticking.set(false);
            ticker.join();

            assertThat(duringOutage).hasSizeGreaterThan(30);
            assertThat(duringOutage).allSatisfy(answer -> {
                assertThat(answer.status()).isEqualTo(503);
                assertThat(answer.body().path("type").asString()).isEqualTo("/problems/unavailable");
                assertThat(answer.body().path("detail").asString()).containsAnyOf("database", "not the active one");
            });
            assertThat(readiness.status()).isEqualTo(503);
            assertThat(after.status()).isEqualTo(201);
            assertThat(database.count("SELECT count(*) FROM orders")).as("only the two orders placed around it").isEqualTo(2);
            assertThat(database.count("SELECT count(*) FROM paper_orders")).as("nothing reached the broker unrecorded")
                    .isEqualTo(2);
            System.out.printf("DatabaseOutageIT: %d orders refused with 503 during a %d s outage%n", duringOutage.size(),
                    OUTAGE.toSeconds());
        }
    }
}
