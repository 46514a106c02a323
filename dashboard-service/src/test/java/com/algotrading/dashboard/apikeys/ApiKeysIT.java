package com.algotrading.dashboard.apikeys;

import com.algotrading.dashboard.DashboardClient;
import com.algotrading.dashboard.DashboardServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Keys shown once, stored hashed, scoped, revocable, with their last use and their own rate limits. */
@TestPropertySource(properties = {"API_KEY_REQUESTS_PER_SECOND=5", "API_KEY_ORDERS_PER_SECOND=2"})
class ApiKeysIT extends DashboardServiceTest {

    private static final String ORDER = "{\"symbol\":\"NSE:RELIANCE-EQ\",\"side\":\"BUY\",\"quantity\":1,\"type\":\"MARKET\",\"product\":\"INTRADAY\"}";

    @Test
    void aNewKeyIsShownOnceStoredHashedAndListedWithItsLastUse() {
        DashboardClient admin = admin();

        HttpResponse<String> created = admin.call("POST", "/api/v1/api-keys", "{\"name\":\"poller\",\"scope\":\"read\"}");
        JsonNode key = admin.json(created);
        String secret = key.path("key").asString();
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(secret).startsWith("atk_").hasSizeGreaterThan(40);
        assertThat(key.path("scope").asString()).isEqualTo("read");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dashboard.api_keys WHERE encode(key_hash, 'escape') LIKE ?",
                Integer.class, "%" + secret + "%")).isZero();

        assertThat(DashboardClient.withKey(port, secret).get("/api/v1/positions").statusCode()).isEqualTo(200);

        JsonNode listed = admin.json(admin.get("/api/v1/api-keys"));
        JsonNode poller = find(listed, key.path("id").asLong());
        assertThat(poller.has("key")).isFalse();
        assertThat(poller.path("name").asString()).isEqualTo("poller");
        assertThat(poller.path("lastUsedAt").isString()).as("last use shown: %s", poller).isTrue();
    }

    @Test
    void aRevokedKeyIsRefusedAt401() {
        DashboardClient admin = admin();
        JsonNode key = admin.json(admin.call("POST", "/api/v1/api-keys", "{\"name\":\"short-lived\",\"scope\":\"read\"}"));
        DashboardClient program = DashboardClient.withKey(port, key.path("key").asString());
        assertThat(program.get("/api/v1/positions").statusCode()).isEqualTo(200);

        assertThat(admin.call("DELETE", "/api/v1/api-keys/" + key.path("id").asLong(), null).statusCode()).isEqualTo(204);

        HttpResponse<String> refused = program.get("/api/v1/positions");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(program.json(refused).path("detail").asString()).isEqualTo("the API key is unknown or revoked");
        assertThat(DashboardClient.withKey(port, "atk_made-up").get("/api/v1/positions").statusCode()).isEqualTo(401);
        assertThat(admin.call("DELETE", "/api/v1/api-keys/" + key.path("id").asLong(), null).statusCode()).isEqualTo(404);
    }

    @Test
    void aKeyFollowsItsOwnerAtOnceWhenDemotedOrDisabledThoughItsLookupIsRemembered() {
        DashboardClient admin = admin();
        admin.call("POST", "/api/v1/users", "{\"username\":\"quant\",\"password\":\"quant-password\",\"role\":\"TRADER\"}");
        DashboardClient quant = DashboardClient.loggedIn(port, "quant", "quant-password");
        DashboardClient bot = DashboardClient.withKey(port, quant.json(quant.call("POST", "/api/v1/api-keys",
                "{\"name\":\"bot\",\"scope\":\"trade\"}")).path("key").asString());
        assertThat(bot.call("POST", "/api/v1/orders", ORDER).statusCode()).isEqualTo(200);

        admin.call("PATCH", "/api/v1/users/quant", "{\"role\":\"VIEWER\"}");
        assertThat(bot.call("POST", "/api/v1/orders", ORDER).statusCode()).as("a viewer's key does not trade")
                .isEqualTo(403);
        assertThat(bot.get("/api/v1/positions").statusCode()).isEqualTo(200);

        admin.call("PATCH", "/api/v1/users/quant", "{\"enabled\":false}");
        assertThat(bot.get("/api/v1/positions").statusCode()).as("a disabled user's key is refused").isEqualTo(401);
    }

    @Test
    void aReadKeyReadsButDoesNotTradeAndNoKeyManagesKeysOrUsers() {
        DashboardClient admin = admin();
        String read = admin.json(admin.call("POST", "/api/v1/api-keys", "{\"name\":\"reader\",\"scope\":\"read\"}"))
                .path("key").asString();
        String trade = admin.json(admin.call("POST", "/api/v1/api-keys", "{\"name\":\"bot\",\"scope\":\"trade\"}"))
                .path("key").asString();

        assertThat(DashboardClient.withKey(port, read).call("POST", "/api/v1/orders", ORDER).statusCode()).isEqualTo(403);
        assertThat(DashboardClient.withKey(port, trade).call("POST", "/api/v1/orders", ORDER).statusCode()).isEqualTo(200);
        assertThat(DashboardClient.withKey(port, trade).call("PUT", "/api/v1/risk/limits", "{}").statusCode())
                .as("an admin's trade key is no admin").isEqualTo(403);
        assertThat(DashboardClient.withKey(port, trade).get("/api/v1/api-keys").statusCode()).isEqualTo(403);
        assertThat(DashboardClient.withKey(port, trade).get("/api/v1/users").statusCode()).isEqualTo(403);
    }

    @Test
    void aViewerMayCreateOnlyReadKeys() {
        DashboardClient admin = admin();
        admin.call("POST", "/api/v1/users", "{\"username\":\"watcher\",\"password\":\"watcher-password\",\"role\":\"VIEWER\"}");
        DashboardClient viewer = DashboardClient.loggedIn(port, "watcher", "watcher-password");

        assertThat(viewer.call("POST", "/api/v1/api-keys", "{\"name\":\"bot\",\"scope\":\"trade\"}").statusCode()).isEqualTo(403);
        assertThat(viewer.call("POST", "/api/v1/api-keys", "{\"name\":\"reader\",\"scope\":\"read\"}").statusCode()).isEqualTo(201);
    }

    @Test
    void limitsEachKeyWithA429AndRetryAfterOrdersApartFromTheRest() {
        DashboardClient admin = admin();
        DashboardClient program = DashboardClient.withKey(port, admin.json(admin.call("POST", "/api/v1/api-keys",
                "{\"name\":\"eager\",\"scope\":\"trade\"}")).path("key").asString());

        List<Integer> orders = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            orders.add(program.call("POST", "/api/v1/orders", ORDER).statusCode());
        }
        HttpResponse<String> readAfterOrders = program.get("/api/v1/positions");
        List<HttpResponse<String>> reads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reads.add(program.get("/api/v1/positions"));
        }

        assertThat(orders).as("2 orders a second").contains(429).startsWith(200, 200);
        assertThat(readAfterOrders.statusCode()).as("reads have their own budget").isEqualTo(200);
        HttpResponse<String> limited = reads.stream().filter(r -> r.statusCode() == 429).findFirst().orElseThrow();
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(program.json(limited).path("type").asString()).isEqualTo("/problems/rate-limited");
    }

    private static JsonNode find(JsonNode keys, long id) {
        for (JsonNode key : keys) {
            if (key.path("id").asLong() == id) {
                return key;
            }
        }
        throw new AssertionError("no key " + id + " in " + keys);
    }
}
