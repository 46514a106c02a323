package com.algotrading.dashboard.pages;

import com.algotrading.dashboard.DashboardClient;
import com.algotrading.postgres.SpringTestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** With the trading-service gone, the overview still comes, and says on the page what is missing and why. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "DASHBOARD_ADMIN_PASSWORD=" + OverviewWithoutTradingServiceIT.ADMIN_PASSWORD,
        "TRADING_SERVICE_URL=http://127.0.0.1:1", "DATA_SERVICE_URL=http://127.0.0.1:1"})
class OverviewWithoutTradingServiceIT {

    static final String ADMIN_PASSWORD = "no-trading-admin-password";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        SpringTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void saysTheTradingServiceIsUnavailableInPlaceOfEachFigure() {
        HttpResponse<String> overview = DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD).get("/", "text/html");

        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("data-failure=\"pnl\">trading-service is unavailable",
                        "data-failure=\"risk\">trading-service is unavailable",
                        "data-failure=\"readiness\">trading-service is unavailable")
                .doesNotContain("Exception", "at com.", "Whitelabel");
    }
}
