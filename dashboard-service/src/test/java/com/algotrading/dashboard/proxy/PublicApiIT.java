package com.algotrading.dashboard.proxy;

import com.algotrading.dashboard.DashboardClient;
import com.algotrading.dashboard.FakeService;
import com.algotrading.dashboard.FakeService.Received;
import com.algotrading.dashboard.FakeService.Reply;
import com.algotrading.postgres.SpringTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public API forwards to the trading-service and the data-service (fakes on loopback) as the caller asked, with
 * the service token and the caller's name, and answers for a service that is down with 503 naming it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DASHBOARD_ADMIN_PASSWORD=" + PublicApiIT.ADMIN_PASSWORD, "SERVICE_TOKEN=" + PublicApiIT.TOKEN,
        "DATA_SERVICE_URL=http://127.0.0.1:1"})
class PublicApiIT {

    static final String ADMIN_PASSWORD = "public-api-admin-password";
    static final String TOKEN = "a-service-token-of-at-least-32-characters";
    private static final FakeService TRADING = new FakeService();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SpringTestDatabase.register(registry);
        registry.add("TRADING_SERVICE_URL", TRADING::url);
    }

    @AfterAll
    static void stop() {
        TRADING.close();
    }

    @LocalServerPort
    int port;

    @Test
    void forwardsAnOrderAsItCameWithTheTokenAndTheUsersNameAndRewritesItsLocation() {
        TRADING.reply("POST", "/api/v1/orders", new Reply(201, Map.of("Content-Type", "application/json",
                "Location", "{origin}/api/v1/orders/42"), "{\"id\":\"42\"}"));
        DashboardClient admin = DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD);
        String order = "{\"symbol\":\"NSE:RELIANCE-EQ\",\"side\":\"BUY\",\"quantity\":5,\"type\":\"MARKET\",\"product\":\"INTRADAY\"}";

        HttpResponse<String> placed = admin.send(admin.request("/api/v1/orders?dryRun=no")
                .header("Content-Type", "application/json").header("Idempotency-Key", "k-1")
                .header("X-XSRF-TOKEN", admin.csrfToken().orElseThrow())
                .header("X-Actor", "someone-else").POST(HttpRequest.BodyPublishers.ofString(order)));

        assertThat(placed.statusCode()).isEqualTo(201);
        assertThat(placed.body()).isEqualTo("{\"id\":\"42\"}");
        assertThat(placed.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/api/v1/orders/42");
        Received forwarded = TRADING.last();
        assertThat(forwarded.method()).isEqualTo("POST");
        assertThat(forwarded.uri()).isEqualTo("/api/v1/orders?dryRun=no");
        assertThat(forwarded.body()).isEqualTo(order);
        assertThat(forwarded.headers().getFirst("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(forwarded.headers().getFirst("Idempotency-Key")).isEqualTo("k-1");
        assertThat(forwarded.headers().get("X-Actor")).as("the caller's own X-Actor is not passed on").containsExactly("admin");
        assertThat(forwarded.headers().containsKey("Cookie")).isFalse();
    }

    @Test
    void namesAKeysOwnerAndTheKeyAndKeepsAnEncodedSymbolEncoded() {
        DashboardClient admin = DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD);
        var key = admin.json(admin.call("POST", "/api/v1/api-keys", "{\"name\":\"bot\",\"scope\":\"trade\"}"));

        DashboardClient.withKey(port, key.path("key").asString()).call("POST", "/api/v1/positions/NSE%3ARELIANCE-EQ/close", null);

        assertThat(TRADING.last().uri()).isEqualTo("/api/v1/positions/NSE%3ARELIANCE-EQ/close");
        assertThat(TRADING.last().headers().getFirst("X-Actor")).isEqualTo("admin:key:" + key.path("id").asLong());
    }

    @Test
    void aViewerReadsThePreTradeChecksOfLiveMode() {
        TRADING.reply("GET", "/api/v1/readiness", new Reply(200, Map.of("Content-Type", "application/json"),
                "{\"ready\":false,\"checks\":[{\"name\":\"clock\",\"ok\":false,\"detail\":\"3.1 s behind the broker\"}]}"));
        DashboardClient admin = DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD);
        var key = admin.json(admin.call("POST", "/api/v1/api-keys", "{\"name\":\"watcher\",\"scope\":\"read\"}"));

        HttpResponse<String> readiness = DashboardClient.withKey(port, key.path("key").asString())
                .call("GET", "/api/v1/readiness", null);

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"ready\":false", "3.1 s behind the broker");
        assertThat(TRADING.last().uri()).isEqualTo("/api/v1/readiness");
    }

    @Test
    void anAlertReachesTheTradingServiceWithoutALoginAKeyOrACsrfTokenAndItsAnswerComesBack() {
        TRADING.reply("POST", "/api/v1/webhooks/dep-alerted", new Reply(201, Map.of("Content-Type", "application/json"),
                "{\"outcome\":\"ORDERED\"}"));
        String alert = "{\"secret\":\"whsec_abc\",\"action\":\"buy\"}";

        HttpResponse<String> answer = DashboardClient.anonymous(port).call("POST", "/api/v1/webhooks/dep-alerted", alert);

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.body()).isEqualTo("{\"outcome\":\"ORDERED\"}");
        Received forwarded = TRADING.last();
        assertThat(forwarded.uri()).isEqualTo("/api/v1/webhooks/dep-alerted");
        assertThat(forwarded.body()).as("the secret is the trading-service's to check").isEqualTo(alert);
        assertThat(forwarded.headers().getFirst("Authorization")).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void junkIsRefusedAtTheEdgeWithoutReachingTheTradingService() {
        DashboardClient anyone = DashboardClient.anonymous(port);
        int before = TRADING.received().size();

        HttpResponse<String> notJson = anyone.call("POST", "/api/v1/webhooks/dep-junk", "buy now");
        HttpResponse<String> noSecret = anyone.call("POST", "/api/v1/webhooks/dep-junk", "{\"action\":\"BUY\"}");
        HttpResponse<String> form = anyone.send(anyone.request("/api/v1/webhooks/dep-junk")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("secret=x")));

        assertThat(anyone.json(notJson).path("type").asString()).isEqualTo("/problems/invalid-request");
        assertThat(noSecret.statusCode()).isEqualTo(401);
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(TRADING.received()).hasSize(before);
    }

    @Test
    void aFloodOfAlertsAtOneDeploymentStopsAtTheDashboard() {
        DashboardClient anyone = DashboardClient.anonymous(port);
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 15; i++) {
            statuses.add(anyone.call("POST", "/api/v1/webhooks/dep-flooded", "{\"secret\":\"guess-" + i + "\"}")
                    .statusCode());
        }
        HttpResponse<String> limited = anyone.call("POST", "/api/v1/webhooks/dep-flooded", "{}");

        assertThat(statuses).containsOnly(200, 429);
        assertThat(statuses.stream().filter(status -> status == 200).count()).as("5 a second").isLessThanOrEqualTo(10);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(anyone.json(limited).path("type").asString()).isEqualTo("/problems/rate-limited");
        assertThat(anyone.call("POST", "/api/v1/webhooks/dep-other", "{\"secret\":\"s\"}").statusCode())
                .as("another deployment's").isEqualTo(200);
    }

    @Test
    void passesTheTradingServicesOwnRefusalOnAsItIs() {
        TRADING.reply("POST", "/api/v1/risk/kill-switch", new Reply(422, Map.of("Content-Type", "application/problem+json"),
                "{\"type\":\"/problems/risk-denied\",\"status\":422}"));
        DashboardClient admin = DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD);

        HttpResponse<String> denied = admin.call("POST", "/api/v1/risk/kill-switch", "{\"reason\":\"x\"}");

        assertThat(denied.statusCode()).isEqualTo(422);
        assertThat(denied.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(denied.body()).contains("/problems/risk-denied");
    }

    @Test
    void streamsTheEventStreamThrough() {
        TRADING.reply("GET", "/api/v1/events", new Reply(200, Map.of("Content-Type", "text/event-stream"),
                "id: 1\nevent: order\ndata: {\"id\":\"1\"}\n\nid: 2\nevent: fill\ndata: {}\n\n"));
        DashboardClient admin = DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD);

        HttpResponse<String> events = admin.send(admin.request("/api/v1/events").header("Accept", "text/event-stream")
                .header("Last-Event-ID", "0"));

        assertThat(events.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(events.body()).isEqualTo("id: 1\nevent: order\ndata: {\"id\":\"1\"}\n\nid: 2\nevent: fill\ndata: {}\n\n");
        assertThat(TRADING.last().headers().getFirst("Last-Event-ID")).isEqualTo("0");
    }

    @Test
    void aServiceThatIsDownIsA503NamingItAndItsCircuitOpensAfterRepeatedFailures() {
        DashboardClient admin = DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD);

        HttpResponse<String> first = admin.get("/api/v1/candles?exchange=NSE&symbol=TCS-EQ&interval=1m&from=2026-01-01&to=2026-01-02");
        for (int i = 0; i < 10; i++) {
            admin.get("/api/v1/instruments?query=TCS");
        }
        HttpResponse<String> paused = admin.get("/api/v1/instruments?query=TCS");

        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(admin.json(first).path("type").asString()).isEqualTo("/problems/unavailable");
        assertThat(admin.json(first).path("detail").asString())
                .isEqualTo("data-service is unavailable: it did not answer in time or refused the connection");
        assertThat(admin.json(paused).path("detail").asString())
                .isEqualTo("data-service is unavailable: it failed repeatedly, so calls are paused for a while");
        assertThat(admin.get("/api/v1/positions").statusCode()).as("the trading-service's circuit is its own").isEqualTo(200);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        DashboardClient admin = DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD);
        DashboardClient anonymous = DashboardClient.anonymous(port);

        for (HttpResponse<String> answer : List.of(anonymous.get("/login", "text/html"),
                anonymous.get("/api/v1/positions"), anonymous.get("/css/dashboard.css", "text/css"),
                anonymous.get("/actuator/health"), admin.get("/api/v1/positions"), admin.get("/", "text/html"),
                admin.get("/api/v1/nothing-here"))) {
            assertThat(answer.headers().firstValue("Content-Security-Policy")).as(answer.uri().toString())
                    .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'")
                            .doesNotContain("unsafe-inline"));
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }
}
