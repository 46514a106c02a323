package com.algotrading.dashboard.status;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthContributors;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Another service's health components as components of the dashboard's own ({@code tradingService},
 * {@code dataService}): one question to the service per health check, its components' statuses as it answered them,
 * or a single {@code reachable} component DOWN when it did not answer. Not part of the dashboard's readiness: the
 * dashboard still serves its pages and says which service is down.
 */
final class ServiceComponentsHealth implements CompositeHealthContributor {

    private final ServiceHealthClient client;
    private final URI baseUrl;

    ServiceComponentsHealth(ServiceHealthClient client, URI baseUrl) {
        this.client = client;
        this.baseUrl = baseUrl;
    }

    @Override
    public HealthContributor getContributor(String name) {
        return components().get(name);
    }

    @Override
    public Stream<HealthContributors.Entry> stream() {
        return components().entrySet().stream().map(entry -> new HealthContributors.Entry(entry.getKey(),
                entry.getValue()));
    }

    private Map<String, HealthIndicator> components() {
        return client.components(baseUrl).map(statuses -> {
            Map<String, HealthIndicator> components = new LinkedHashMap<>();
            statuses.forEach((name, status) -> components.put(name, () -> Health.status(new Status(status)).build()));
            return components;
        }).orElseGet(() -> Map.of("reachable", () -> Health.down().withDetail("url", baseUrl.toString()).build()));
    }
}
