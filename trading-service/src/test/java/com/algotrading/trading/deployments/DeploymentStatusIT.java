package com.algotrading.trading.deployments;

import com.algotrading.common.market.Bar;
import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What a deployment's status tells: a feed gone quiet halts it and it resumes alone; a risk denial shows, and no retry. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"STALE_FEED_SECONDS=2", "MAX_ORDER_VALUE=100", "MAX_ORDERS_PER_SECOND=1000"})
class DeploymentStatusIT extends TradingServiceTest {

    private static final Instant SESSION = OffsetDateTime.parse("2026-03-05T09:15:00+05:30").toInstant();

    private JsonNode deployment(String id) {
        return api.get("/api/v1/deployments/" + id).body();
    }

    private static Bar bar(int minute, long price) {
        return new Bar(SESSION.plusSeconds(60L * minute), price, price, price, price, 100);
    }

    @Test
    void aQuietFeedHaltsTheDeploymentWithTheReasonAndItResumesWhenBarsCome() {
        String id = api.post("/api/v1/deployments", "{\"name\":\"quiet\",\"strategy\":\"sma-crossover\","
                + "\"instruments\":[\"NSE:RELIANCE-EQ\"],\"interval\":\"1m\",\"sizing\":{\"quantity\":1}}").body()
                .path("id").asString();
        api.post("/api/v1/deployments/" + id + "/start", "");
        MARKET.bar("NSE:RELIANCE-EQ", bar(0, 150_000));

        JsonNode halted = await().atMost(Duration.ofSeconds(15)).until(() -> deployment(id),
                d -> "HALTED".equals(d.path("status").asString()));

        assertThat(halted.path("statusReason").asString()).startsWith("stale feed: no bar for NSE:RELIANCE-EQ");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM events WHERE type = 'deployment' AND payload->>'id' = ?"
                + " AND payload->>'status' = 'HALTED'", Integer.class, id)).isPositive();
        for (int minute = 1; minute < 4; minute++) {
            MARKET.bar("NSE:RELIANCE-EQ", bar(minute, 150_000));
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> "RUNNING".equals(deployment(id).path("status").asString()));
        api.post("/api/v1/deployments/" + id + "/stop", "");
    }

    @Test
    void aRiskDenialOfItsOrderIsShownOnTheDeploymentAndTheStrategyIsToldItWasNotFilled() {
        String id = api.post("/api/v1/deployments", "{\"name\":\"denied\",\"strategy\":\"sma-crossover\","
                + "\"parameters\":{\"fast\":1,\"slow\":2},\"instruments\":[\"NSE:TCS-EQ\"],\"interval\":\"1m\","
                + "\"sizing\":{\"quantity\":1}}").body().path("id").asString();
        api.post("/api/v1/deployments/" + id + "/start", "");
        tick("NSE:TCS-EQ", "4000.00");
        for (int minute = 0; minute < 6; minute++) {
            MARKET.bar("NSE:TCS-EQ", bar(minute, minute % 2 == 0 ? 400_000 : 402_000));
        }

        JsonNode shown = await().atMost(Duration.ofSeconds(15)).until(() -> deployment(id),
                d -> d.path("statusReason").asString().contains("denied by risk"));

        assertThat(shown.path("status").asString()).isEqualTo("RUNNING");
        assertThat(shown.path("statusReason").asString()).contains("(max-order-value)");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE deployment_id = ?", Integer.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = 'risk.denied'"
                + " AND details->>'origin' = 'DEPLOYMENT'", Integer.class))
                .as("each new signal is a new decision, not a retry of the old one: one denial per entry signal")
                .isBetween(1, 3);
        api.post("/api/v1/deployments/" + id + "/stop", "");
    }
}
