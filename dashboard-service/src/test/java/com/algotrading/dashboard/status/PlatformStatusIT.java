package com.algotrading.dashboard.status;

import com.algotrading.dashboard.DashboardClient;
import com.algotrading.postgres.SpringTestDatabase;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard asks the other services for their health over real HTTP: one answers, one is gone. The status page
 * is for a logged-in user.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "DASHBOARD_ADMIN_PASSWORD=" + PlatformStatusIT.ADMIN_PASSWORD)
class PlatformStatusIT {

    static final String ADMIN_PASSWORD = "status-page-admin-password";

    private static final HttpServer TRADING = fakeService("{\"status\":\"UP\",\"components\":{}}",
            "{\"status\":\"DOWN\",\"components\":{\"broker\":{\"status\":\"UP\"},\"db\":{\"status\":\"UP\"},"
                    + "\"leadership\":{\"status\":\"UP\"},\"marketFeed\":{\"status\":\"DOWN\"}}}");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SpringTestDatabase.register(registry);
        registry.add("TRADING_SERVICE_URL", () -> "http://localhost:" + TRADING.getAddress().getPort());
        registry.add("DATA_SERVICE_URL", () -> "http://localhost:" + freePort());
    }

    @AfterAll
    static void stopFake() {
        TRADING.stop(0);
    }

    @LocalServerPort
    int port;

    @Test
    void reportsEachServiceAsItAnswersAndAnUnreachableOneAsSuch() {
        String body = get("/api/v1/platform/status");

        assertThat(body).contains("\"environment\":\"local\"", "\"paperTrading\":true")
                .contains("{\"name\":\"dashboard-service\",\"url\":\"\",\"status\":\"UP\"}")
                .containsPattern("\\{\"name\":\"trading-service\",\"url\":\"http://localhost:\\d+\",\"status\":\"UP\"}")
                .containsPattern("\\{\"name\":\"data-service\",\"url\":\"http://localhost:\\d+\",\"status\":\"UNREACHABLE\"}");
    }

    /** Open to anyone, as health is: each service's components as it answered them, or that it did not answer. */
    @Test
    void theDashboardsHealthHoldsTheComponentsOfEachServiceBehindIt() {
        HttpResponse<String> health = DashboardClient.anonymous(port).get("/actuator/health", "application/json");

        assertThat(health.statusCode()).as("a component is down").isEqualTo(503);
        JsonNode components = JsonMapper.builder().build().readTree(health.body()).path("components");
        assertThat(components.path("db").path("status").asString()).isEqualTo("UP");
        JsonNode trading = components.path("tradingService");
        assertThat(trading.path("status").asString()).isEqualTo("DOWN");
        assertThat(trading.path("components").properties().stream().map(component -> component.getKey() + " "
                + component.getValue().path("status").asString()).toList())
                .containsExactly("broker UP", "db UP", "leadership UP", "marketFeed DOWN");
        assertThat(components.path("dataService").path("components").path("reachable").path("status").asString())
                .isEqualTo("DOWN");
        assertThat(health.body()).as("details stay hidden").doesNotContain("url");
    }

    @Test
    void servesTheStatusPageAtTheRootToALoggedInUser() {
        assertThat(get("/")).contains("<title>Algo Trading System</title>", "/js/overview.js");
    }

    /**
     * Logged in through the form, the page's script, in a real headless Chromium under the strict Content Security
     * Policy, turns the status into the badge and the table, and the header names the user.
     */
    @Test
    void showsModeAndEachServiceReadinessInABrowser() {
        WebDriver browser = HeadlessChromium.start();
        try {
            browser.get("http://localhost:" + port + "/");
            assertThat(browser.getCurrentUrl()).endsWith("/login");
            browser.findElement(By.name("username")).sendKeys("admin");
            browser.findElement(By.name("password")).sendKeys(ADMIN_PASSWORD);
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                    ExpectedConditions.numberOfElementsToBe(By.cssSelector("#services tr"), 3));

            assertThat(browser.findElement(By.id("mode")).getText()).isEqualTo("PAPER");
            assertThat(browser.findElement(By.id("environment")).getText()).isEqualTo("environment: local");
            assertThat(readiness(browser, "trading-service")).isEqualTo("UP");
            assertThat(readiness(browser, "data-service")).isEqualTo("UNREACHABLE");
            assertThat(browser.findElement(By.id("error")).getText()).isEmpty();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                    ExpectedConditions.textToBe(By.id("username"), "admin"));

            browser.findElement(By.id("logout")).click();
            new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login?logout"));
            browser.get("http://localhost:" + port + "/");
            assertThat(browser.getCurrentUrl()).endsWith("/login");
        } finally {
            browser.quit();
        }
    }

    private static String readiness(WebDriver browser, String service) {
        return browser.findElement(By.cssSelector("tr[data-service='" + service + "'] td:nth-child(3)")).getText();
    }

    private String get(String path) {
        return DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD).get(path, "*/*").body();
    }

    private static HttpServer fakeService(String readiness, String health) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/actuator/health/readiness", exchange -> answer(exchange, 200, readiness));
            server.createContext("/actuator/health", exchange -> answer(exchange, 503, health));
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
