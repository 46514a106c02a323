package com.algotrading.common.service.metrics;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The application metrics of {@code deployment/terraform/modules/monitoring/application-metrics.json}, the one list
 * Terraform builds the alarms and the dashboard from; the build copies it onto every service's class path.
 *
 * @param namespace the CloudWatch namespace
 * @param services  the services that publish
 */
public record ApplicationMetrics(String namespace, List<String> services, List<Metric> metrics) {

    /** The owner of a metric every service publishes. */
    public static final String EVERY_SERVICE = "every";
    static final String RESOURCE = "application-metrics.json";

    /**
     * One metric. CloudWatch names its series after the meter type: a gauge publishes {@code <name>.value}, a counter
     * {@code <name>.count}, a timer {@code <name>.avg}, {@code .max}, {@code .sum} and {@code .count}.
     *
     * @param owner    the service ({@code spring.application.name}) that registers it, or {@link #EVERY_SERVICE}
     * @param type     {@code gauge}, {@code counter} or {@code timer}
     * @param alarmed  whether an alarm watches it
     */
    public record Metric(String name, String owner, String type, boolean alarmed) {

        public boolean ownedBy(String service) {
            return owner.equals(service) || owner.equals(EVERY_SERVICE);
        }
    }

    public static ApplicationMetrics load() {
        try (InputStream in = ApplicationMetrics.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path: the build copies it there");
            }
            return parse(JsonMapper.shared().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApplicationMetrics parse(JsonNode list) {
        List<Metric> metrics = new ArrayList<>();
        list.path("metrics").forEach(metric -> metrics.add(new Metric(metric.path("name").asString(),
                metric.path("owner").asString(), metric.path("type").asString(), metric.has("alarm"))));
        List<String> services = new ArrayList<>();
        list.path("services").forEach(service -> services.add(service.asString()));
        return new ApplicationMetrics(list.path("namespace").asString(), List.copyOf(services), List.copyOf(metrics));
    }

    public List<Metric> ownedBy(String service) {
        return metrics.stream().filter(metric -> metric.ownedBy(service)).toList();
    }

    public Set<String> names() {
        return metrics.stream().map(Metric::name).collect(Collectors.toUnmodifiableSet());
    }
}
