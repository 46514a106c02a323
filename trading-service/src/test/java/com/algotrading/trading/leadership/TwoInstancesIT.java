package com.algotrading.trading.leadership;

import com.algotrading.postgres.DatabaseCoordinates;
import com.algotrading.postgres.TestDatabases;
import com.algotrading.trading.TradingServiceApplication;
import com.algotrading.trading.support.FakeDataService;
import com.algotrading.trading.support.TradingApi;
import com.algotrading.trading.support.TradingApi.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static com.algotrading.trading.support.TradingApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two trading-services on one database, as during a rolling deploy: exactly one trades. */
class TwoInstancesIT {

    private final DatabaseCoordinates database = TestDatabases.fresh();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private FakeDataService market;

    @AfterEach
    void stop() {
        instances.forEach(ConfigurableApplicationContext::close);
        if (market != null) {
            market.close();
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments: they outrank the application.yml mappings of the same variables.
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TradingServiceApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--DATA_SERVICE_URL=" + market.url(),
                "--SIMULATOR_ALWAYS_OPEN=true", "--MAX_DAILY_TRADES=10", "--MAX_ORDERS_PER_SECOND=10000",
                "--MAX_OPEN_POSITIONS=100");
        instances.add(context);
        return context;
    }

    private static boolean leads(ConfigurableApplicationContext context) {
        return context.getBean(Leadership.class).isLeader();
    }

    private static TradingApi api(ConfigurableApplicationContext context) {
        return new TradingApi("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void oneTradesTheOtherServesReadsAndRefusesWritesAndTakesOverWhenTheFirstStops() throws Exception {
        market = new FakeDataService();
        ConfigurableApplicationContext first = start();
        await().atMost(Duration.ofSeconds(30)).until(() -> leads(first));
        ConfigurableApplicationContext second = start();
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> true);
        assertThat(leads(second)).isFalse();
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            market.tick("NSE:TCS-EQ", "4000.00");
            return first.getBean(com.algotrading.trading.market.LastPrices.class)
                    .price(com.algotrading.common.market.Symbol.parse("NSE:TCS-EQ")) == 400_000;
        });

        Map<Integer, Long> statuses = fiftyOrdersAcross(api(first), api(second));

        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(201, 10L, 422, 15L, 503, 25L));
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders", Integer.class)).isEqualTo(10);
        assertThat(api(second).get("/api/v1/orders").body()).hasSize(10);
        assertThat(api(second).get("/actuator/health/readiness").body().path("status").asString())
                .isEqualTo("OUT_OF_SERVICE");
        assertThat(api(second).post("/api/v1/orders", order("NSE:TCS-EQ", "BUY", 1, "MARKET", null)).body()
                .path("type").asString()).isEqualTo("/problems/unavailable");

        first.close();
        await().atMost(Duration.ofSeconds(15)).until(() -> leads(second));

        assertThat(api(second).get("/actuator/health/readiness").body().path("status").asString()).isEqualTo("UP");
        assertThat(api(second).get("/api/v1/risk").body().path("tradesToday").asInt())
                .as("the day's count moved with the lock").isEqualTo(10);
        Answer eleventh = api(second).post("/api/v1/orders", order("NSE:TCS-EQ", "BUY", 1, "LIMIT", "3990.00"));
        assertThat(eleventh.body().path("rule").asString()).isEqualTo("max-daily-trades");
    }

    private static Map<Integer, Long> fiftyOrdersAcross(TradingApi leader, TradingApi standby) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Answer>> answers;
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            answers = IntStream.range(0, 50).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return (i % 2 == 0 ? leader : standby).post("/api/v1/orders",
                        order("NSE:TCS-EQ", "BUY", 1, "LIMIT", "3990.00"));
            }, clients)).toList();
            start.countDown();
        }
        return answers.stream().map(CompletableFuture::join)
                .collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
    }
}
