package com.algotrading.trading.webhooks;

import com.algotrading.trading.support.TradingApi.Answer;
import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Webhook deployments over HTTP: the secret shown once and checked, alerts to orders through risk, the duplicate
 * window (also for copies racing each other), exits, and the kill switch closing what the deployment holds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MAX_ORDERS_PER_SECOND=1000", "MAX_DAILY_TRADES=1000"})
class WebhooksIT extends TradingServiceTest {

    /** A started webhook deployment on its own instruments, and its secret. */
    private record Hook(String id, String secret) {
        String alert(String fields) {
            return "{\"secret\":\"" + secret + "\"" + (fields.isEmpty() ? "" : "," + fields) + "}";
        }
    }

    private Hook hook(String... symbols) {
        String instruments = String.join("\",\"", symbols);
        Answer created = api.post("/api/v1/deployments", "{\"name\":\"tv\",\"strategy\":\"webhook\",\"instruments\":[\""
                + instruments + "\"],\"sizing\":{\"quantity\":5},\"product\":\"INTRADAY\"}");
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().path("id").asString();
        assertThat(api.post("/api/v1/deployments/" + id + "/start", "").body().path("status").asString())
                .isEqualTo("RUNNING");
        return new Hook(id, created.body().path("webhookSecret").asString());
    }

    /** Market orders of instruments no longer ticking would stay working for the next class of this context. */
    @org.junit.jupiter.api.AfterEach
    void cancelWhatStillWorks() {
        api.post("/api/v1/orders/cancel-all", "");
    }

    private Answer send(Hook hook, String fields) {
        return api.post("/api/v1/webhooks/" + hook.id(), hook.alert(fields));
    }

    private int orders(String symbol) {
        return jdbc.queryForObject("SELECT count(*) FROM orders WHERE symbol = ?", Integer.class, symbol);
    }

    private long position(String symbol) {
        return jdbc.queryForList("SELECT quantity FROM positions WHERE symbol = ?", Long.class, symbol).stream()
                .mapToLong(Long::longValue).sum();
    }

    @Test
    void theSecretIsShownOnceAtCreationAndOnlyItsHashIsKept() {
        Hook hook = hook("NSE:WHA-EQ");

        assertThat(hook.secret()).startsWith("whsec_").hasSizeGreaterThan(40);
        assertThat(api.get("/api/v1/deployments/" + hook.id()).body().has("webhookSecret")).isFalse();
        assertThat(api.get("/api/v1/deployments").body().toString()).doesNotContain(hook.secret());
        byte[] stored = jdbc.queryForObject("SELECT webhook_secret_sha256 FROM deployments WHERE id = ?", byte[].class,
                hook.id());
        assertThat(stored).hasSize(32);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(hook.secret());

        Hook other = hook("NSE:WHA-EQ");
        assertThat(other.secret()).as("each deployment its own").isNotEqualTo(hook.secret());
        tick("NSE:WHA-EQ", "100.00");
        assertThat(send(new Hook(hook.id(), other.secret()), "\"action\":\"BUY\"").status())
                .as("another deployment's secret").isEqualTo(401);
        assertThat(send(hook, "\"action\":\"BUY\"").status()).isEqualTo(201);
    }

    @Test
    void aWrongOrMissingSecretIsUnauthorizedAndSendsNothing() {
        Hook hook = hook("NSE:WHB-EQ");
        tick("NSE:WHB-EQ", "100.00");
        String strategy = api.post("/api/v1/deployments", "{\"name\":\"s\",\"strategy\":\"sma-crossover\",\"parameters\":"
                + "{\"fast\":3,\"slow\":8},\"instruments\":[\"NSE:WHB-EQ\"],\"interval\":\"1m\",\"sizing\":{\"quantity\":1}}")
                .body().path("id").asString();

        List<Answer> refused = List.of(
                send(new Hook(hook.id(), hook.secret() + "x"), "\"action\":\"BUY\""),
                send(new Hook(hook.id(), hook.secret().substring(0, hook.secret().length() - 1)), "\"action\":\"BUY\""),
                api.post("/api/v1/webhooks/" + hook.id(), "{\"action\":\"BUY\"}"),
                send(new Hook("dep-00000000-0000", hook.secret()), "\"action\":\"BUY\""),
                send(new Hook(strategy, hook.secret()), "\"action\":\"BUY\""));

        assertThat(refused).extracting(Answer::status).containsOnly(401);
        assertThat(refused.getFirst().body().path("type").asString()).isEqualTo("/problems/unauthorized");
        assertThat(orders("NSE:WHB-EQ")).isZero();
    }

    @Test
    void aBuyAlertPlacesTheDeploymentsOrderAndAnExitClosesWhatItHolds() {
        Hook hook = hook("NSE:WHC-EQ", "NSE:WHD-EQ");
        tick("NSE:WHC-EQ", "250.00");
        tick("NSE:WHD-EQ", "80.00");

        Answer bought = send(hook, "\"action\":\"buy\"");

        assertThat(bought.status()).as(bought.body().toString()).isEqualTo(201);
        assertThat(bought.body().path("outcome").asString()).isEqualTo("ORDERED");
        JsonNode order = bought.body().path("order");
        assertThat(order.path("symbol").asString()).as("the first instrument by default").isEqualTo("NSE:WHC-EQ");
        assertThat(order.path("quantity").asLong()).as("the deployment's quantity by default").isEqualTo(5);
        assertThat(order.path("side").asString()).isEqualTo("BUY");
        assertThat(order.path("deploymentId").asString()).isEqualTo(hook.id());
        assertThat(jdbc.queryForObject("SELECT origin || ' ' || actor FROM orders WHERE id = ?::uuid", String.class,
                order.path("id").asString())).isEqualTo("WEBHOOK webhook:" + hook.id());
        Answer limit = send(hook, "\"action\":\"BUY\",\"symbol\":\"NSE:WHD-EQ\",\"quantity\":3,\"price\":\"79.95\"");
        assertThat(limit.body().path("order").path("type").asString()).isEqualTo("LIMIT");
        assertThat(limit.body().path("order").path("price").asString()).isEqualTo("79.95");
        tick("NSE:WHC-EQ", "250.05");
        await().until(() -> position("NSE:WHC-EQ") == 5);

        Answer exit = send(hook, "\"action\":\"EXIT\"");
        assertThat(exit.status()).as(exit.body().toString()).isEqualTo(201);
        assertThat(exit.body().path("order").path("side").asString()).isEqualTo("SELL");
        assertThat(exit.body().path("order").path("quantity").asLong()).isEqualTo(5);
        tick("NSE:WHC-EQ", "251.00");
        await().until(() -> position("NSE:WHC-EQ") == 0);
        Answer again = send(hook, "\"action\":\"EXIT\",\"quantity\":5");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("outcome").asString()).isEqualTo("NOTHING_TO_EXIT");

        Answer exitResting = send(hook, "\"action\":\"EXIT\",\"symbol\":\"NSE:WHD-EQ\"");
        assertThat(exitResting.body().path("outcome").asString()).as("flat, its resting entry cancelled")
                .isEqualTo("NOTHING_TO_EXIT");
        assertThat(exitResting.body().path("cancelled").asInt()).isEqualTo(1);
        await().until(() -> "CANCELLED".equals(api.get("/api/v1/orders/" + limit.body().path("order").path("id")
                .asString()).body().path("status").asString()));
        JsonNode trips = api.get("/api/v1/deployments/" + hook.id() + "/trades").body();
        assertThat(trips).hasSize(1);
        assertThat(trips.get(0).path("exitPrice").asString()).isEqualTo("251.00");
    }

    @Test
    void theSameAlertWithinTheWindowIsAcknowledgedAsADuplicateWithoutASecondOrder() throws Exception {
        Hook hook = hook("NSE:WHE-EQ");
        tick("NSE:WHE-EQ", "120.00");

        Answer first = send(hook, "\"action\":\"BUY\",\"quantity\":2");
        Answer copy = send(hook, "\"action\":\"BUY\",\"quantity\":2");
        Answer other = send(hook, "\"action\":\"BUY\",\"quantity\":3");

        assertThat(first.status()).isEqualTo(201);
        assertThat(copy.status()).isEqualTo(200);
        assertThat(copy.body().path("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(copy.body().path("detail").asString()).contains("order " + first.body().path("order").path("id")
                .asString());
        assertThat(other.status()).as("another quantity is another alert").isEqualTo(201);
        assertThat(orders("NSE:WHE-EQ")).isEqualTo(2);

        List<Callable<Answer>> racing = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racing.add(() -> send(hook, "\"action\":\"SELL\",\"quantity\":4"));
        }
        List<Integer> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Answer> answer : pool.invokeAll(racing)) {
                statuses.add(answer.get().status());
            }
        }
        assertThat(statuses).containsOnly(201, 200).filteredOn(status -> status == 201).hasSize(1);
        assertThat(orders("NSE:WHE-EQ")).isEqualTo(3);
    }

    @Test
    void aRiskDenialIsUnprocessableWithItsRuleAndShownOnTheDeployment() {
        Hook hook = hook("NSE:WHF-EQ");
        tick("NSE:WHF-EQ", "1500.00");

        Answer denied = send(hook, "\"action\":\"BUY\",\"quantity\":1000");

        assertThat(denied.status()).isEqualTo(422);
        assertThat(denied.body().path("rule").asString()).isEqualTo("max-order-value");
        assertThat(orders("NSE:WHF-EQ")).isZero();
        assertThat(api.get("/api/v1/deployments/" + hook.id()).body().path("statusReason").asString())
                .contains("denied by risk (max-order-value)");
    }

    @Test
    void anAlertTheDeploymentCannotTakeIsRefusedWithAClearProblem() {
        Hook hook = hook("NSE:WHG-EQ");
        tick("NSE:WHG-EQ", "100.00");

        assertThat(send(hook, "\"action\":\"HOLD\"").body().path("detail").asString())
                .contains("'action' must be BUY, SELL or EXIT");
        assertThat(send(hook, "\"action\":\"BUY\",\"symbol\":\"NSE:TCS-EQ\"").body().path("detail").asString())
                .contains("not one of the deployment's instruments");
        assertThat(send(hook, "\"action\":\"BUY\",\"price\":\"100.03\"").body().path("detail").asString())
                .contains("not on the instrument's tick");
        assertThat(send(hook, "\"action\":\"BUY\",\"qty\":1").status()).as("a misspelt field is no default").isEqualTo(400);
        api.post("/api/v1/deployments/" + hook.id() + "/stop", "");
        Answer stopped = send(hook, "\"action\":\"BUY\"");
        assertThat(stopped.status()).isEqualTo(409);
        assertThat(stopped.body().path("detail").asString()).contains("is stopped");
        assertThat(orders("NSE:WHG-EQ")).isZero();
    }

    @Test
    void aWebhookDeploymentTakesNoParametersNorExitsOfItsOwn() {
        String base = "{\"name\":\"tv\",\"strategy\":\"webhook\",\"instruments\":[\"NSE:WHH-EQ\"],";
        assertThat(api.post("/api/v1/deployments", base + "\"sizing\":{\"capital\":\"10000\"}}").body().path("detail")
                .asString()).startsWith("sizing:");
        assertThat(api.post("/api/v1/deployments", base + "\"sizing\":{\"quantity\":1},\"parameters\":{\"fast\":3}}")
                .body().path("detail").asString()).startsWith("parameters:");
        assertThat(api.post("/api/v1/deployments", base + "\"sizing\":{\"quantity\":1},\"exits\":{\"stopLossPercent\":1}}")
                .body().path("detail").asString()).startsWith("exits:");
    }

    @Test
    void theKillSwitchClosesWhatAWebhookDeploymentHoldsWithItsOwnOrder() {
        Hook hook = hook("NSE:WHI-EQ");
        tick("NSE:WHI-EQ", "300.00");
        send(hook, "\"action\":\"BUY\",\"quantity\":7");
        tick("NSE:WHI-EQ", "300.05");
        await().until(() -> position("NSE:WHI-EQ") == 7);

        api.post("/api/v1/risk/kill-switch", "{\"reason\":\"test\",\"flatten\":true}");
        try {
            tick("NSE:WHI-EQ", "299.00");
            await().until(() -> position("NSE:WHI-EQ") == 0);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM orders WHERE symbol = 'NSE:WHI-EQ' AND origin ="
                    + " 'KILL_SWITCH' AND deployment_id = ?", Integer.class, hook.id())).isEqualTo(1);
            assertThat(send(hook, "\"action\":\"BUY\"").body().path("rule").asString()).isEqualTo("kill-switch");
        } finally {
            api.delete("/api/v1/risk/kill-switch");
        }
    }
}
