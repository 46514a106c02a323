package com.algotrading.dashboard.apidocs;

import com.algotrading.dashboard.DashboardClient;
import com.algotrading.dashboard.DashboardServiceTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document and Swagger UI, for a logged-in user. */
class OpenApiIT extends DashboardServiceTest {

    @Test
    void documentsEveryPublicPathTheAuthenticationAndTheProblemTypes() {
        DashboardClient admin = admin();

        JsonNode document = admin.json(admin.get("/v3/api-docs"));

        assertThat(document.path("paths").propertyNames()).contains("/api/v1/orders", "/api/v1/orders/{id}",
                "/api/v1/positions/{symbol}/close", "/api/v1/risk/limits", "/api/v1/events", "/api/v1/candles",
                "/api/v1/instruments/{exchange}/{tradingSymbol}", "/api/v1/api-keys", "/api/v1/users/{username}");
        assertThat(document.path("components").path("securitySchemes").path("apiKey").path("name").asString())
                .isEqualTo("X-API-Key");
        assertThat(document.path("paths").path("/api/v1/webhooks/{deploymentId}").path("post").path("security"))
                .as("an alert authenticates with its secret, not a key or a session").isEmpty();
        assertThat(document.path("paths").path("/api/v1/webhooks/{deploymentId}").path("post").has("security")).isTrue();
        assertThat(document.path("info").path("description").asString())
                .contains("/problems/rate-limited", "/problems/unavailable");
        assertThat(admin.get("/swagger-ui/index.html", "text/html").body()).contains("swagger-initializer.js");
    }
}
