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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.algotrading.trading.support.TradingApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * kill -9 of the packaged service while orders are being placed, again and again, on a real PostgreSQL in its own
 * process: afterwards every order is terminal or resting as the broker's books say, none the API acknowledged is
 * lost, none reached the broker twice, and the day's count and the positions agree with the broker's side.
 */
class CrashRecoveryIT {

    private static final int KILLS = 20;
    private static final List<String> SYMBOLS = List.of("NSE:TCS-EQ", "NSE:INFY-EQ", "NSE:SBIN-EQ");

    @Test
    void twentyKillsDuringOrderFlowLoseNothingAndSendNothingTwice() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        try (DatabaseProcess database = new DatabaseProcess(); FakeDataService market = new FakeDataService();
             ServiceProcess service = new ServiceProcess(Map.of("DB_URL", database.jdbcUrl(),
                     "DATA_SERVICE_URL", market.url(), "SIMULATOR_ALWAYS_OPEN", "true",
                     "MAX_DAILY_TRADES", "100000", "MAX_ORDERS_PER_SECOND", "100000", "MAX_OPEN_POSITIONS", "1000",
                     "MAX_ORDER_VALUE", "10000000", "MAX_POSITION_VALUE", "100000000", "PAPER_CAPITAL", "1000000000"))) {
            AtomicBoolean ticking = new AtomicBoolean(true);
            Thread ticker = Thread.ofVirtual().start(() -> tick(market, ticking));
            List<Long> restartMillis = new ArrayList<>();
            for (int kill = 0; kill < KILLS; kill++) {
                long started = System.nanoTime();
                service.start();
                restartMillis.add((System.nanoTime() - started) / 1_000_000);
                AtomicBoolean placing = new AtomicBoolean(true);
                List<Thread> clients = new ArrayList<>();
                for (int client = 0; client < 4; client++) {
                    clients.add(Thread.ofVirtual().start(() -> place(service.api(), placing, acknowledged)));
                }
                Thread.sleep(ThreadLocalRandom.current().nextLong(300, 1_500));
                service.kill();
                placing.set(false);
                for (Thread client : clients) {
                    client.join();
                }
            }
            service.start();
            TradingApi api = service.api();
            // Market orders fill on the next tick; once reconciled, nothing is left in flight but resting limits.
            await().atMost(Duration.ofSeconds(60)).until(() -> database.count("SELECT count(*) FROM orders"
                    + " WHERE status IN ('NEW', 'SENT', 'UNKNOWN') OR (order_type = 'MARKET' AND status = 'OPEN')") == 0);
            ticking.set(false);
            ticker.join();

            Map<String, String> ours = database.pairs("SELECT client_order_id, status || ':' || filled_quantity FROM orders"
                    + " WHERE broker_order_id IS NOT NULL");
            Map<String, String> theirs = database.pairs("SELECT client_order_id, status || ':' || filled_quantity"
                    + " FROM paper_orders");
            assertThat(acknowledged).as("orders the API acknowledged").hasSizeGreaterThan(KILLS);
            assertThat(database.pairs("SELECT id::text, '' FROM orders").keySet()).as("no acknowledged order is lost").containsAll(acknowledged);
            assertThat(ours).as("every order the broker has is ours, in the broker's state, and only once")
                    .isEqualTo(theirs);
            assertThat(database.count("SELECT count(*) FROM orders WHERE broker_order_id IS NULL AND status <> 'REJECTED'"))
                    .as("an order the broker never saw ends rejected").isZero();
            assertThat(database.pairs("SELECT symbol || product, quantity::text FROM positions WHERE quantity <> 0"))
                    .as("positions agree with the broker's").isEqualTo(database.pairs("SELECT symbol || product, quantity::text FROM paper_positions WHERE quantity <> 0"));
            assertThat(api.get("/api/v1/risk").body().path("tradesToday").asInt()).as("the day's count")
                    .isEqualTo(database.count("SELECT count(*) FROM orders WHERE NOT reducing AND sent_at IS NOT NULL"
                            + " AND trading_day = (now() AT TIME ZONE 'Asia/Kolkata')::date"));
            System.out.printf("CrashRecoveryIT: %d kills, %d orders acknowledged, %d at the broker, restart to ready"
                            + " ms: median %d, max %d%n", KILLS, acknowledged.size(), theirs.size(),
                    restartMillis.stream().sorted().toList().get(restartMillis.size() / 2),
                    restartMillis.stream().mapToLong(Long::longValue).max().orElse(0));
        }
    }

    private static void place(TradingApi api, AtomicBoolean placing, Set<String> acknowledged) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (placing.get()) {
            String symbol = SYMBOLS.get(random.nextInt(SYMBOLS.size()));
            String side = random.nextBoolean() ? "BUY" : "SELL";
            boolean limit = random.nextInt(4) == 0;
            try {
                Answer answer = api.post("/api/v1/orders", order(symbol, side, 1 + random.nextInt(5),
                        limit ? "LIMIT" : "MARKET", limit ? "900.00" : null));
                if (answer.status() == 201) {
                    acknowledged.add(answer.body().path("id").asString());
                }
            } catch (RuntimeException connectionLost) {
                // killed mid-request: whether it was placed is the books' to say, and the test checks them
            }
        }
    }

    private static void tick(FakeDataService market, AtomicBoolean ticking) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (ticking.get()) {
            for (String symbol : SYMBOLS) {
                market.tick(symbol, (1000 + random.nextInt(20)) + "." + (random.nextInt(20) * 5 / 10) + "0");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
