package com.algotrading.common.service.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = ExampleApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ENVIRONMENT=staging", "SERVICE_TOKEN=" + ServiceTokenIT.TOKEN})
class ServiceTokenIT {

    static final String TOKEN = "a-service-token-of-at-least-32-characters";
    private static final String ORDERS = "/api/v1/orders?side=BUY";

    @LocalServerPort
    int port;

    @Test
    void deployedApiRefusesCallersWithoutTheServiceToken() {
        HttpResponse<String> anonymous = http().get(ORDERS);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(Http.json(anonymous).path("type").asString()).isEqualTo("/problems/service-token-required");
        assertThat(anonymous.body()).doesNotContain(TOKEN);
    }

    @Test
    void aRequestWithTheTokenIsMarkedAsThePlatformsOwn() {
        assertThat(withToken("/api/v1/caller", TOKEN).body()).isEqualTo("platform");
    }

    @Test
    void deployedApiRefusesAWrongToken() {
        assertThat(withToken(ORDERS, TOKEN.substring(1) + "x").statusCode()).isEqualTo(401);
        assertThat(withToken(ORDERS, TOKEN.substring(0, 10)).statusCode()).isEqualTo(401);
        assertThat(withToken(ORDERS, TOKEN + "x").statusCode()).isEqualTo(401);
    }

    @Test
    void deployedApiAnswersCallersWithTheServiceToken() {
        assertThat(withToken(ORDERS, TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void anAnonymousCallerLearnsNothingAboutPathsOrMethods() {
        assertThat(http().get("/api/v1/ordres").statusCode()).isEqualTo(401);
        assertThat(http().send(http().request("/api/v1/orders").DELETE()).statusCode()).isEqualTo(401);
        assertThat(http().get("/api/v1/../api/v1/orders?side=BUY").statusCode()).isEqualTo(401);
        assertThat(http().get("/actuator/../api/v1/orders?side=BUY").statusCode()).isEqualTo(401);
    }

    @Test
    void healthChecksNeedNoToken() {
        assertThat(http().get("/actuator/health").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> withToken(String path, String token) {
        return http().send(http().request(path).header("Authorization", "Bearer " + token).GET());
    }

    private Http http() {
        return new Http(port);
    }
}
