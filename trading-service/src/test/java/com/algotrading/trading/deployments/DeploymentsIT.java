package com.algotrading.trading.deployments;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.SyntheticBars;
import com.algotrading.trading.orders.OrderDesk;
import com.algotrading.trading.support.TradingApi.Answer;
import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Deployments over HTTP: validation naming the field, the life cycle, live bars to orders to round trips, resume. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MAX_ORDERS_PER_SECOND=1000", "MAX_DAILY_TRADES=1000"})
class DeploymentsIT extends TradingServiceTest {

    private static final String SMA = "{\"name\":\"%s\",\"strategy\":\"sma-crossover\",\"parameters\":{\"fast\":3,\"slow\":8},"
            + "\"instruments\":[\"%s\"],\"interval\":\"1m\",\"sizing\":{\"quantity\":5},\"product\":\"DELIVERY\"}";

    @Autowired
    private Deployments deployments;

    private String create(String name, String symbol) {
        Answer created = api.post("/api/v1/deployments", SMA.formatted(name, symbol));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().path("id").asString();
    }

    private Answer invalid(String body) {
        return api.post("/api/v1/deployments", body);
    }

    @Test
    void theCatalogDescribesEveryStrategyWithItsParametersThenTheWebhookDeployment() {
        JsonNode catalog = api.get("/api/v1/strategies").body();

        assertThat(catalog).hasSize(9);
        assertThat(catalog.get(8).path("type").asString()).isEqualTo("webhook");
        assertThat(catalog.get(8).path("parameters")).isEmpty();
        JsonNode sma = catalog.get(0);
        assertThat(sma.path("type").asString()).isEqualTo("sma-crossover");
        assertThat(sma.path("parameters").get(0).path("name").asString()).isEqualTo("fast");
        assertThat(sma.path("parameters").get(0).path("type").asString()).isEqualTo("integer");
        assertThat(sma.path("parameters").get(0).path("min").asInt()).isEqualTo(1);
        assertThat(sma.path("parameters").get(0).has("default")).as("the contract's name").isTrue();
    }

    @Test
    void anInvalidDeploymentIsRefusedNamingTheField() {
        String good = SMA.formatted("x", "NSE:TCS-EQ");
        assertThat(invalid(good.replace("sma-crossover", "moon")).body().path("detail").asString())
                .startsWith("strategy: unknown strategy \"moon\"");
        assertThat(invalid(good.replace("\"fast\":3", "\"fast\":3,\"speed\":2")).body().path("detail").asString())
                .startsWith("parameters: sma-crossover has no parameter speed");
        assertThat(invalid(good.replace("\"slow\":8", "\"slow\":9000")).body().path("detail").asString())
                .startsWith("parameters: slow must lie within [2, 5000]");
        assertThat(invalid(good.replace("NSE:TCS-EQ", "NSE:NOPE-EQ")).body().path("detail").asString())
                .startsWith("instruments[0]: unknown instrument NSE:NOPE-EQ");
        assertThat(invalid(good.replace("\"1m\"", "\"7m\"")).body().path("detail").asString())
                .startsWith("interval: unknown interval \"7m\"");
        assertThat(invalid(good.replace("\"1m\"", "\"1d\"")).body().path("detail").asString())
                .startsWith("interval: a deployment trades on intraday bars");
        assertThat(invalid(good.replace("{\"quantity\":5}", "{\"quantity\":5,\"capital\":\"1000\"}")).body()
                .path("detail").asString()).startsWith("sizing: takes exactly one of");
        Answer answer = invalid(good.replace("\"product\":\"DELIVERY\"}", "\"product\":\"DELIVERY\",\"exits\":"
                + "{\"stopLossPercent\":150}}"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("type").asString()).isEqualTo("/problems/invalid-request");
        assertThat(answer.body().path("detail").asString()).startsWith("exits.stopLossPercent: must lie between 0 and 100");
    }

    @Test
    void aRunningDeploymentTradesTheLiveBarsWarmedOnStoredCandlesAndResumesWithoutAGapOrADuplicate() {
        List<Bar> session = SyntheticBars.intraday(7, 1, Interval.ONE_MINUTE, LocalDate.of(2026, 3, 2));
        MARKET.storeCandles("NSE:INFY-EQ", "1m", session.subList(0, 20));
        String id = create("infy sma", "NSE:INFY-EQ");
        assertThat(api.get("/api/v1/deployments/" + id).body().path("status").asString()).isEqualTo("STOPPED");
        ListAppender<ILoggingEvent> orderLines = new ListAppender<>();
        Logger desk = (Logger) LoggerFactory.getLogger(OrderDesk.class);
        orderLines.start();
        desk.addAppender(orderLines);

        Answer started = api.post("/api/v1/deployments/" + id + "/start", "");
        assertThat(started.body().path("status").asString()).isEqualTo("RUNNING");
        assertThat(api.delete("/api/v1/deployments/" + id).status()).as("running: stop it first").isEqualTo(409);
        await().until(MARKET::barStreaming);

        // The first 20 bars were warm-up (stored); a repeat of one of them on the stream is not acted on twice.
        int publishedUntil = publish(session, 19, 200);
        await().until(() -> api.get("/api/v1/deployments/" + id).body().path("barsSeen").asLong() == publishedUntil - 20);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE deployment_id = ?", Integer.class, id))
                .as("the strategy traded the live bars").isPositive();
        desk.detachAppender(orderLines);
        assertThat(orderLines.list).as("the order's log lines name the deployment and the order")
                .anySatisfy(line -> assertThat(line.getMDCPropertyMap()).containsEntry("deploymentId", id)
                        .containsKeys("orderId", "clientOrderId"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM deployment_orders WHERE deployment_id = ? AND decided_on"
                + " <= ?", Integer.class, id, java.sql.Timestamp.from(session.get(19).start()))).as("none on warm-up bars")
                .isZero();

        // A takeover (as after a restart) resumes after the last bar acted on: the bars published meanwhile are
        // acted on once, the ones before not again.
        deployments.handOver();
        int more = publish(session, publishedUntil, 260);
        deployments.takeOver();
        await().until(() -> api.get("/api/v1/deployments/" + id).body().path("barsSeen").asLong() == more - 20);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT decided_on) = count(*) FROM deployment_orders"
                + " WHERE deployment_id = ? AND decided_on IS NOT NULL", Boolean.class, id)).isTrue();

        Answer stopped = api.post("/api/v1/deployments/" + id + "/stop", "");
        assertThat(stopped.body().path("status").asString()).isEqualTo("STOPPED");
        JsonNode trades = api.get("/api/v1/deployments/" + id + "/trades").body();
        assertThat(trades).isNotEmpty();
        assertThat(trades.get(0).path("symbol").asString()).isEqualTo("NSE:INFY-EQ");
        assertThat(trades.get(0).path("quantity").asLong()).isEqualTo(5);
        assertThat(api.delete("/api/v1/deployments/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/deployments/" + id).status()).isEqualTo(404);
    }

    @Test
    void theKillSwitchClosesADeploymentsPositionWithItsOwnOrderSoItsBookFollowsAndAHandCloseIsNeverReversed() {
        String id = enteredOnTheFourthBar("NSE:SBIN-EQ", "\"sizing\":{\"quantity\":3},\"product\":\"INTRADAY\"",
                "2026-03-05T10:00:00+05:30", 80_000, 80_200);

        api.post("/api/v1/risk/kill-switch", "{\"reason\":\"test\",\"flatten\":true}");
        await().until(() -> {
            MARKET.tick("NSE:SBIN-EQ", "801.00");
            return api.get("/api/v1/deployments/" + id).body().path("openPositions").asInt() == 0;
        });
        api.delete("/api/v1/risk/kill-switch");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE deployment_id = ? AND origin = 'KILL_SWITCH'",
                Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT quantity FROM positions WHERE symbol = 'NSE:SBIN-EQ' AND product ="
                + " 'INTRADAY'", Long.class)).as("flat, not reversed").isZero();
        api.post("/api/v1/deployments/" + id + "/stop", "");
    }

    @Test
    void aStopIsTakenOnATickBetweenBarsThroughTheLivePath() {
        String id = enteredOnTheFourthBar("NSE:HDFCBANK-EQ", "\"sizing\":{\"quantity\":2},\"product\":\"DELIVERY\","
                + "\"exits\":{\"stopLossPercent\":2}", "2026-03-06T10:00:00+05:30", 160_000, 161_000);

        // No bar comes: only ticks, the first above the 2 % stop (1577.80), the next below it.
        MARKET.tick("NSE:HDFCBANK-EQ", "1590.00");
        await().until(() -> {
            MARKET.tick("NSE:HDFCBANK-EQ", "1570.00");
            return api.get("/api/v1/deployments/" + id).body().path("openPositions").asInt() == 0;
        });

        assertThat(jdbc.queryForList("SELECT reason FROM deployment_orders WHERE deployment_id = ? ORDER BY 1",
                String.class, id)).containsExactly("SIGNAL", "STOP_LOSS");
        api.post("/api/v1/deployments/" + id + "/stop", "");
    }

    /**
     * A started fast-1/slow-2 SMA deployment on one instrument that entered a position: bars at low, high, low, high
     * from {@code firstBar} cross the averages down, then up, and the entry fills on a tick at the high.
     */
    private String enteredOnTheFourthBar(String symbol, String sizingAndProduct, String firstBar, long low, long high) {
        String id = api.post("/api/v1/deployments", "{\"name\":\"" + symbol + "\",\"strategy\":\"sma-crossover\","
                + "\"parameters\":{\"fast\":1,\"slow\":2},\"instruments\":[\"" + symbol + "\"],\"interval\":\"1m\","
                + sizingAndProduct + "}").body().path("id").asString();
        api.post("/api/v1/deployments/" + id + "/start", "");
        await().until(MARKET::barStreaming);
        java.time.Instant start = java.time.OffsetDateTime.parse(firstBar).toInstant();
        for (int minute = 0; minute < 4; minute++) {
            long price = minute % 2 == 0 ? low : high;
            MARKET.bar(symbol, new Bar(start.plusSeconds(60L * minute), price, price, price, price, 10));
        }
        String entry = java.math.BigDecimal.valueOf(high, 2).toPlainString();
        await().until(() -> {
            MARKET.tick(symbol, entry);
            return api.get("/api/v1/deployments/" + id).body().path("openPositions").asInt() == 1;
        });
        return id;
    }

    /** Publishes bars [from, to) of the session, each followed by a tick at its close so market orders fill. */
    private int publish(List<Bar> session, int from, int to) {
        for (int i = from; i < to; i++) {
            Bar bar = session.get(i);
            MARKET.bar("NSE:INFY-EQ", bar);
            MARKET.tick("NSE:INFY-EQ", java.math.BigDecimal.valueOf(bar.close(), 2).toPlainString());
        }
        String last = java.math.BigDecimal.valueOf(session.get(to - 1).close(), 2).toPlainString();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            MARKET.tick("NSE:INFY-EQ", last);
            // its own instrument's: a class sharing this context may leave orders of its own working
            return jdbc.queryForObject("SELECT count(*) FROM orders WHERE symbol = 'NSE:INFY-EQ' AND status NOT IN"
                    + " ('FILLED', 'CANCELLED', 'REJECTED')", Integer.class) == 0;
        });
        return to;
    }
}
