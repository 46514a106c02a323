package com.algotrading.dashboard;

import com.algotrading.common.fuzz.ApiFuzz;
import com.algotrading.common.fuzz.FuzzReport;
import com.algotrading.postgres.ServiceStartupContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The other services' URLs point at a closed loopback port: the status page finds them unreachable at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"TRADING_SERVICE_URL=http://127.0.0.1:1", "DATA_SERVICE_URL=http://127.0.0.1:1"})
class DashboardServiceApplicationIT extends ServiceStartupContract {

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

    /** A new user's slips over every endpoint and the page: no server error, every client error a problem detail. */
    @Test
    void everySlipOnEveryEndpointIsAnsweredWithAProblemDetail() {
        FuzzReport report = ApiFuzz.of(context).paths("/", "/index.html").run(20261201L, 300);

        assertThat(report.sent()).isEqualTo(300);
        assertThat(report.endpoints()).contains("/api/v1/platform/status", "/", "/index.html", "/error");
        assertThat(report.answered(200, 300)).isPositive();
        assertThat(report.answered(400, 500)).isPositive();
        assertThat(report.failures()).as(report.toString()).isEmpty();
    }
}
