package com.algotrading.dashboard;

import com.algotrading.common.fuzz.ApiFuzz;
import com.algotrading.common.fuzz.FuzzReport;
import com.algotrading.postgres.ServiceStartupContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other services' URLs point at a closed loopback port: the status page finds them unreachable at once. Actuator's
 * endpoints other than health are an admin's, so the contract's requests are an admin's session.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"TRADING_SERVICE_URL=http://127.0.0.1:1", "DATA_SERVICE_URL=http://127.0.0.1:1",
                "DASHBOARD_ADMIN_PASSWORD=" + DashboardServiceApplicationIT.ADMIN_PASSWORD})
class DashboardServiceApplicationIT extends ServiceStartupContract {

    static final String ADMIN_PASSWORD = "startup-admin-password";

    @Autowired
    ApplicationContext context;

    @Override
    protected String schema() {
        return "dashboard";
    }

    @Override
    protected String firstTable() {
        return "users";
    }

    @Override
    protected HttpResponse<String> get(String path) {
        return DashboardClient.loggedIn(port, "admin", ADMIN_PASSWORD).get(path, "*/*");
    }

    /**
     * A stranger's slips over every endpoint and the pages: no server error, every refusal and client error a problem
     * detail (anonymous, almost everything is the 401; the login page answers).
     */
    @Test
    void everySlipOnEveryEndpointIsAnsweredWithAProblemDetail() {
        FuzzReport report = ApiFuzz.of(context).paths("/", "/index.html", "/login").run(20261201L, 300);

        assertThat(report.sent()).isEqualTo(300);
        assertThat(report.endpoints()).contains("/api/v1/platform/status", "/", "/index.html", "/error", "/login");
        assertThat(report.answered(200, 300)).isPositive();
        assertThat(report.answered(400, 500)).isPositive();
        assertThat(report.failures()).as(report.toString()).isEmpty();
    }
}
