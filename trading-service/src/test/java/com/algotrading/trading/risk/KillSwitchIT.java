package com.algotrading.trading.risk;

import com.algotrading.common.market.Symbol;
import com.algotrading.trading.support.TradingApi.Answer;
import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import static com.algotrading.trading.support.TradingApi.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KillSwitchIT extends TradingServiceTest {

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }

    @Test
    void theKillSwitchCancelsOrdersFlattensPositionsRefusesEverythingAndSurvivesUntilReleased() {
        tick("NSE:RELIANCE-EQ", "1500.00");
        String bought = api.post("/api/v1/orders", order("NSE:RELIANCE-EQ", "BUY", 20, "MARKET", null)).body()
                .path("id").asString();
        tick("NSE:RELIANCE-EQ", "1500.50");
        await().until(() -> "FILLED".equals(api.get("/api/v1/orders/" + bought).body().path("status").asString()));
        String resting = api.post("/api/v1/orders", order("NSE:RELIANCE-EQ", "BUY", 5, "LIMIT", "1400.00")).body()
                .path("id").asString();
        await().until(() -> "OPEN".equals(api.get("/api/v1/orders/" + resting).body().path("status").asString()));

        Answer engaged = api.post("/api/v1/risk/kill-switch", "{\"reason\":\"feed looks wrong\",\"flatten\":true}");

        assertThat(engaged.status()).isEqualTo(200);
        assertThat(engaged.body().path("state").asString()).isEqualTo("HALTED");
        assertThat(engaged.body().path("reason").asString()).isEqualTo("kill switch: feed looks wrong");
        await().until(() -> "CANCELLED".equals(api.get("/api/v1/orders/" + resting).body().path("status").asString()));
        tick("NSE:RELIANCE-EQ", "1499.00");
        await().until(() -> count("SELECT quantity FROM positions WHERE symbol = 'NSE:RELIANCE-EQ'") == 0);
        assertThat(count("SELECT count(*) FROM orders WHERE origin = 'KILL_SWITCH' AND side = 'SELL' AND quantity = 20"))
                .isEqualTo(1);

        Answer refused = api.post("/api/v1/orders", order("NSE:RELIANCE-EQ", "BUY", 1, "MARKET", null));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("rule").asString()).isEqualTo("kill-switch");
        assertThat(count("SELECT count(*) FROM risk_state WHERE state = 'HALTED'")).as("persisted for a restart")
                .isEqualTo(1);

        Answer released = api.delete("/api/v1/risk/kill-switch");
        assertThat(released.body().path("state").asString()).isEqualTo("ACTIVE");
        assertThat(api.post("/api/v1/orders", order("NSE:RELIANCE-EQ", "BUY", 1, "MARKET", null)).status()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action IN ('risk.kill-switch-engaged',"
                + " 'risk.kill-switch-released')")).isEqualTo(2);
    }

    /**
     * The order rate is checked before the order value, over a rolling second of real time: the rate set here stays
     * above the orders the other test (and, in a shared context, the positions an earlier class left for the kill
     * switch to close) can have sent in the second before this order.
     */
    @Test
    void limitsChangedThroughTheApiApplyAtOnceAndArePersisted() {
        Answer changed = api.put("/api/v1/risk/limits", "{\"maxDailyTrades\":3,\"maxDailyLoss\":\"10000\","
                + "\"maxPositionValue\":\"100000.00\",\"maxOpenPositions\":2,\"maxOrderValue\":\"5000\","
                + "\"maxOrdersPerSecond\":50}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("limits").path("maxOrderValue").asString()).isEqualTo("5000.00");
        assertThat(changed.body().path("limits").path("maxOrdersPerSecond").asInt()).isEqualTo(50);
        assertThat(changed.body().path("maxDailyTrades").asInt()).isEqualTo(3);
        Answer tooBig = api.post("/api/v1/orders", order("NSE:SBIN-EQ", "BUY", 10, "LIMIT", "700.00"));
        assertThat(tooBig.body().path("rule").asString()).isEqualTo("max-order-value");
        assertThat(jdbc.queryForObject("SELECT limits->>'maxOrderValue' FROM risk_state", String.class)).isEqualTo("500000");
        Answer invalid = api.put("/api/v1/risk/limits", "{\"maxDailyTrades\":-1}");
        assertThat(invalid.status()).isEqualTo(400);
        api.put("/api/v1/risk/limits", "{\"maxDailyTrades\":50,\"maxDailyLoss\":\"50000\",\"maxPositionValue\":\"500000\","
                + "\"maxOpenPositions\":10,\"maxOrderValue\":\"200000\",\"maxOrdersPerSecond\":9}");
    }
}
