package com.algotrading.trading;

import com.algotrading.common.fuzz.ApiFuzz;
import com.algotrading.common.fuzz.FuzzReport;
import com.algotrading.common.market.Symbol;
import com.algotrading.postgres.ServiceStartupContract;
import com.algotrading.trading.leadership.Leadership;
import com.algotrading.trading.market.LastPrices;
import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The startup contract, and a new user's slips over every endpoint against the fake data-service (whose instruments
 * the orders name), once this instance leads: no server error but the documented 503 {@code /problems/unavailable}
 * (no price for a market order, the broker or the database away), every client error a problem detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TradingServiceApplicationIT extends ServiceStartupContract {

    private static final int FUZZ_CASES = 1000;
    private static final String[] MONEY = {"1400.00", "1400.05", "1400", "1400.03", "0", "-5", "0.001", "abc", "",
            "1e3", "1e30", "1e-999999999", "1e999999999", "99999999999999999999"};

    @DynamicPropertySource
    static void market(DynamicPropertyRegistry registry) {
        registry.add("DATA_SERVICE_URL", TradingServiceTest.MARKET::url);
        registry.add("SIMULATOR_ALWAYS_OPEN", () -> "true");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    Leadership leadership;

    @Autowired
    LastPrices prices;

    @Override
    protected String schema() {
        return "trading";
    }

    @Override
    protected String firstTable() {
        return "audit_log";
    }

    @Override
    protected java.util.Set<String> registeredOnFirstUse() {
        return java.util.Set.of("RiskDenials");
    }

    @Test
    void everySlipOnEveryEndpointIsAnsweredWithAProblemDetail() {
        await().atMost(Duration.ofSeconds(30)).until(leadership::isLeader);
        prices.accept(Symbol.parse("NSE:RELIANCE-EQ"), 140_000, Instant.now());

        FuzzReport report = ApiFuzz.of(context).paths("/api/v1/strategies")
                .samples("symbol", "NSE:RELIANCE-EQ", "NSE:TCS-EQ", "RELIANCE-EQ", "nse:reliance-eq", "NSE:NOPE-EQ",
                        "BSE:RELIANCE-EQ", "NSE:", ":", "")
                .samples("type", "SL", "LIMIT", "MARKET", "SL-M", "limit", "STOP", "")
                .samples("quantity", "1", "5", "0", "-1", "1.5", "abc", "99999999999999999999", "")
                .samples("price", MONEY).samples("triggerPrice", MONEY)
                .samples("id", "3f2b0000-0000-0000-0000-000000009c1d", "3F2B0000-0000-0000-0000-000000009C1D",
                        "not-a-uuid", "1", "")
                .samples("deploymentId", "ema-cross-1", "a b", "ü", "x".repeat(65), "")
                .samples("from", "2026-12-01", "2026-12-01T09:15:00+05:30", "2026-12-03", "2026-13-01", "yesterday",
                        "2026-12-01T09:15:00", "")
                .samples("to", "2026-12-02", "2026-12-02T15:30:00+05:30", "2026-11-30", "2/12/2026", "")
                .samples("page", "0", "1", "-1", "99999999999", "x").samples("size", "50", "1", "0", "501", "x")
                .samples("reason", "fuzzing", "", " ", "x".repeat(300))
                .samples("maxDailyTrades", "50", "0", "-1", "99999999999", "x")
                .samples("maxOpenPositions", "10", "0", "-1", "x").samples("maxOrdersPerSecond", "10", "0", "-1")
                .samples("maxDailyLoss", MONEY).samples("maxPositionValue", MONEY).samples("maxOrderValue", MONEY)
                .unavailable("/problems/unavailable")
                .run(20261201L, FUZZ_CASES);

        assertThat(report.sent()).isEqualTo(FUZZ_CASES);
        assertThat(report.endpoints()).contains("/api/v1/orders", "/api/v1/orders/{id}", "/api/v1/orders/cancel-all",
                "/api/v1/trades", "/api/v1/positions", "/api/v1/positions/{symbol}/close", "/api/v1/positions/close-all",
                "/api/v1/risk", "/api/v1/risk/limits", "/api/v1/risk/kill-switch", "/api/v1/pnl", "/api/v1/funds",
                "/api/v1/audit", "/api/v1/events");
        assertThat(report.answered(200, 300)).isPositive();
        assertThat(report.answered(201, 202)).as("orders placed").isPositive();
        assertThat(report.answered(400, 500)).isPositive();
        assertThat(report.failures()).as(report.toString()).isEmpty();
    }
}
