package com.algotrading.trading;

import com.algotrading.common.fuzz.ApiFuzz;
import com.algotrading.common.fuzz.FuzzReport;
import com.algotrading.postgres.ServiceStartupContract;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TradingServiceApplicationIT extends ServiceStartupContract {

    @Autowired
    ApplicationContext context;

    @Override
    protected String schema() {
        return "trading";
    }

    @Override
    protected String firstTable() {
        return "audit_log";
    }

    /**
     * A new user's slips over every endpoint: no server error, every client error a problem detail. Today the
     * service maps only its error page, so this mostly proves that paths it lacks are problems (two of the trading
     * API contract's, not built yet, are fuzzed as well); each endpoint joins the run as it is built.
     */
    @Test
    void everySlipOnEveryEndpointIsAnsweredWithAProblemDetail() {
        FuzzReport report = ApiFuzz.of(context).paths("/api/v1/strategies", "/api/v1/orders").run(20261201L, 200);

        assertThat(report.sent()).isEqualTo(200);
        assertThat(report.endpoints()).contains("/error", "/api/v1/orders");
        assertThat(report.answered(400, 500)).isPositive();
        assertThat(report.failures()).as(report.toString()).isEmpty();
    }
}
