package com.algotrading.system;

import com.algotrading.postgres.LogSecrets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local platform as packaged (three service processes on one PostgreSQL), driven through the dashboard's API:
 * <ul>
 *   <li>one order placed with an API key is one trace, named in the answer's {@code traceparent}, kept in the order's
 *       row, and in the JSON log lines of the dashboard (the call), the trading-service (the call, and the order's own
 *       lines with its {@code orderId}) and the data-service (the instrument lookup the order made: a symbol not asked
 *       about before);</li>
 *   <li>the dashboard's health holds each service's components;</li>
 *   <li>once the services stop, no line any of them logged holds a secret it was given or handed out.</li>
 * </ul>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalPlatformIT {

    private record Tick(String symbol, BigDecimal price) {
    }

    private final long started = System.nanoTime();
    private final Platform platform = new Platform();
    private DashboardClient dashboard;
    private String apiKey;

    @BeforeAll
    void startAndLogIn() throws IOException, InterruptedException {
        platform.awaitReady();
        dashboard = new DashboardClient(platform.dashboard.url());
        dashboard.login("admin", platform.adminPassword);
        apiKey = dashboard.createApiKey("system-test", "trade");
    }

    @Test
    void anOrderIsOneTraceFromTheDashboardThroughTheTradingServiceToTheDataService() throws Exception {
        Tick tick = firstTick(platform);

        HttpResponse<String> placed = dashboard.postWithKey(apiKey, "/api/v1/orders", "{\"symbol\":\""
                + tick.symbol() + "\",\"side\":\"BUY\",\"quantity\":1,\"type\":\"LIMIT\",\"price\":\""
                + tick.price().toPlainString() + "\",\"product\":\"INTRADAY\"}");

        assertThat(placed.statusCode()).as("order answer %s", placed.body()).isEqualTo(201);
        String traceId = traceId(placed.headers().firstValue("traceparent").orElseThrow());
        String orderId = DashboardClient.json(placed).path("id").asString();
        assertThat(rowTraceId(platform, orderId)).as("the order row's trace_id").isEqualTo(traceId);
        await("the trace in every log").atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(traced(platform.dashboard, traceId)).as("dashboard").anySatisfy(line ->
                    assertThat(line.path("message").asString()).startsWith("POST /api/v1/orders 201"));
            assertThat(traced(platform.trading, traceId)).as("trading-service")
                    .anySatisfy(line -> assertThat(line.path("message").asString())
                            .startsWith("POST /api/v1/orders 201"))
                    .anySatisfy(line -> assertThat(line.path("orderId").asString()).isEqualTo(orderId));
            assertThat(traced(platform.data, traceId)).as("data-service").anySatisfy(line ->
                    assertThat(line.path("message").asString()).startsWith("GET /api/v1/instruments/"));
        });
    }

    @Test
    void theDashboardsHealthHoldsTheComponentsOfEveryService() throws IOException, InterruptedException {
        HttpResponse<String> health = dashboard.get("/actuator/health");
        JsonNode components = DashboardClient.json(health).path("components");

        assertThat(statuses(components.path("tradingService")))
                .contains("broker UP", "db UP", "leadership UP", "marketFeed UP");
        assertThat(statuses(components.path("dataService"))).contains("db UP", "marketFeed UP");
        assertThat(components.path("db").path("status").asString()).isEqualTo("UP");
        assertThat(health.statusCode()).as("the whole platform is up: %s", health.body()).isEqualTo(200);
    }

    @AfterAll
    void stopAndFindNoSecretInAnyLog() throws InterruptedException {
        platform.close();
        for (ServiceJar service : platform.services()) {
            LogSecrets.assertNoneIn(service.log(), Map.of("SERVICE_TOKEN", platform.serviceToken,
                    "DASHBOARD_ADMIN_PASSWORD", platform.adminPassword, "the API key", String.valueOf(apiKey)));
        }
        System.out.printf("[system-tests] the local platform: %d s from start to stop, its tests included%n",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private static List<String> statuses(JsonNode service) {
        return service.path("components").properties().stream()
                .map(component -> component.getKey() + " " + component.getValue().path("status").asString()).toList();
    }

    /** The JSON log lines of {@code service} in trace {@code traceId}. */
    private static List<JsonNode> traced(ServiceJar service, String traceId) {
        return service.logLines().stream().filter(line -> line.startsWith("{"))
                .map(line -> DashboardClient.JSON.readTree(line))
                .filter(line -> traceId.equals(line.path("traceId").asString())).toList();
    }

    /** {@code version-traceId-spanId-flags}: the W3C header's second field. */
    private static String traceId(String traceparent) {
        String[] fields = traceparent.split("-");
        assertThat(fields).as("traceparent %s", traceparent).hasSize(4);
        return fields[1];
    }

    /** The first tick of the simulated feed, straight from the data-service: an instrument it prices right now. */
    private static Tick firstTick(Platform platform) throws IOException, InterruptedException {
        HttpRequest stream = HttpRequest.newBuilder(URI.create(platform.data.url() + "/api/v1/stream/ticks"))
                .header("Authorization", "Bearer " + platform.serviceToken).build();
        HttpResponse<Stream<String>> ticks = HttpClient.newHttpClient().send(stream,
                HttpResponse.BodyHandlers.ofLines());
        try (Stream<String> lines = ticks.body()) {
            JsonNode tick = lines.filter(line -> line.startsWith("data:")).findFirst()
                    .map(line -> DashboardClient.JSON.readTree(line.substring("data:".length())))
                    .orElseThrow(() -> new AssertionError("the tick stream ended without a tick"));
            return new Tick(tick.path("symbol").asString(), tick.path("lastPrice").decimalValue()
                    .setScale(2, RoundingMode.UNNECESSARY));
        }
    }

    private static String rowTraceId(Platform platform, String orderId) throws SQLException {
        try (Connection connection = DriverManager.getConnection(platform.database.jdbcUrl(),
                platform.database.username(), platform.database.password());
             PreparedStatement select = connection.prepareStatement("SELECT trace_id FROM trading.orders WHERE id = ?")) {
            select.setObject(1, UUID.fromString(orderId));
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).as("order %s in the trading schema", orderId).isTrue();
                return row.getString(1);
            }
        }
    }
}
