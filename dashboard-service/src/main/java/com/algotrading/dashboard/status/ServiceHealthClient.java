package com.algotrading.dashboard.status;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;

/** Asks a service for its readiness over HTTP, with short timeouts so a hung service cannot hang the page. */
@Component
class ServiceHealthClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final RestClient http;

    ServiceHealthClient() {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
        requests.setReadTimeout(TIMEOUT);
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    ServiceHealth check(String name, URI baseUrl) {
        return new ServiceHealth(name, baseUrl.toString(), readinessOf(baseUrl));
    }

    private String readinessOf(URI baseUrl) {
        try {
            // A DOWN service answers 503 with a body; read it rather than treat it as an error.
            Map<?, ?> body = http.get().uri(baseUrl.resolve("/actuator/health/readiness"))
                    .exchange((request, response) -> response.bodyTo(Map.class));
            return body != null && body.get("status") instanceof String status ? status : "UNKNOWN";
        } catch (RestClientException e) {
            return "UNREACHABLE";
        }
    }
}
