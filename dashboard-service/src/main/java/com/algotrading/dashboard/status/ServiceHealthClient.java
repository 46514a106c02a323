package com.algotrading.dashboard.status;

import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Asks a service for its health over HTTP, with short timeouts so a hung service cannot hang the page or a probe. */
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

    /**
     * Each health component of the service by name, with its status (only {@code health}, the whole status, when it
     * lists none); empty when the service cannot be asked.
     */
    Optional<Map<String, String>> components(URI baseUrl) {
        return health(baseUrl, "/actuator/health").map(body -> {
            Map<String, String> components = new LinkedHashMap<>();
            if (body.get("components") instanceof Map<?, ?> all) {
                all.forEach((name, component) -> components.put(String.valueOf(name), status(component)));
            }
            return components.isEmpty() ? Map.of("health", status(body)) : components;
        });
    }

    private String readinessOf(URI baseUrl) {
        return health(baseUrl, "/actuator/health/readiness").map(ServiceHealthClient::status).orElse("UNREACHABLE");
    }

    private Optional<Map<?, ?>> health(URI baseUrl, String path) {
        try {
            // A DOWN service answers 503 with a body; read it rather than treat it as an error.
            return Optional.ofNullable(http.get().uri(baseUrl.resolve(path))
                    .exchange((request, response) -> response.bodyTo(Map.class)));
        } catch (RestClientException e) {
            return Optional.empty();
        }
    }

    private static String status(Object health) {
        return health instanceof Map<?, ?> body && body.get("status") instanceof String status ? status : "UNKNOWN";
    }
}
