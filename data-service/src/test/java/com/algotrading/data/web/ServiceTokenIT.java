package com.algotrading.data.web;

import com.algotrading.data.ApiClient;
import com.algotrading.data.RunningService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ENVIRONMENT=staging", "SERVICE_TOKEN=" + ServiceTokenIT.TOKEN, "MARKET_FEED=none"})
class ServiceTokenIT extends RunningService {

    static final String TOKEN = "a-service-token-of-at-least-32-characters";
    private static final String INSTRUMENTS = "/api/v1/instruments?query=RELIANCE";

    @Test
    void deployedApiRefusesCallersWithoutTheServiceToken() {
        HttpResponse<String> anonymous = api().get(INSTRUMENTS);

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(anonymous.body()).contains("\"type\":\"/problems/service-token-required\"").doesNotContain(TOKEN);
    }

    @Test
    void deployedApiRefusesAWrongToken() {
        assertThat(withToken(TOKEN.substring(1) + "x").statusCode()).isEqualTo(401);
        assertThat(withToken(TOKEN.substring(0, 10)).statusCode()).isEqualTo(401);
    }

    @Test
    void deployedApiAnswersCallersWithTheServiceToken() {
        assertThat(withToken(TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void healthChecksNeedNoToken() {
        assertThat(api().get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> withToken(String token) {
        ApiClient api = api();
        return api.send(api.request(INSTRUMENTS).header("Authorization", "Bearer " + token).GET().build());
    }
}
