package com.algotrading.postgres;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service that takes only the platform's callers promises once deployed: its API refuses a request without
 * the service token with the 401 problem, answers one with it, and leaves health checks open. A service's test
 * extends this under {@code @SpringBootTest(webEnvironment = RANDOM_PORT, properties = {"ENVIRONMENT=staging",
 * "SERVICE_TOKEN=" + ServiceTokenContract.TOKEN})}.
 */
public abstract class ServiceTokenContract {

    public static final String TOKEN = "a-service-token-of-at-least-32-characters";

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        SpringTestDatabase.register(registry);
    }

    @LocalServerPort
    protected int port;

    /** A path of the service's API; with the token a GET gets past the check (to its answer, or a 404 problem). */
    protected abstract String apiPath();

    @Test
    void refusesAnApiCallWithoutTheServiceToken() throws IOException, InterruptedException {
        HttpResponse<String> anonymous = send(request(apiPath()));

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(anonymous.body()).contains("\"type\":\"/problems/service-token-required\"").doesNotContain(TOKEN);
        assertThat(send(request(apiPath()).header("Authorization", "Bearer " + TOKEN.substring(1))).statusCode())
                .isEqualTo(401);
    }

    @Test
    void answersAnApiCallWithTheServiceToken() throws IOException, InterruptedException {
        HttpResponse<String> answered = send(request(apiPath()).header("Authorization", "Bearer " + TOKEN));

        assertThat(answered.statusCode()).as(answered.body()).isIn(200, 404);
        assertThat(answered.body()).doesNotContain("/problems/service-token-required");
    }

    @Test
    void leavesHealthChecksOpen() throws IOException, InterruptedException {
        assertThat(send(request("/actuator/health/readiness")).statusCode()).isEqualTo(200);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
