package com.algotrading.postgres;

import com.algotrading.common.service.metrics.ApplicationMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service promises once started against a real PostgreSQL: its migrations in its own schema with its
 * own history, liveness and readiness (database included) UP, info and metrics exposed, the environment not, every
 * application metric it owns in {@code application-metrics.json} registered (an alarm would watch nothing otherwise),
 * and (as {@code ENVIRONMENT} is unset, i.e. local) nothing but this machine able to reach it.
 * A service's test extends this under {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
public abstract class ServiceStartupContract {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        SpringTestDatabase.register(registry);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    ApplicationMetrics applicationMetrics;

    @Autowired
    MeterRegistry meters;

    @Value("${spring.application.name}")
    String service;

    /** The service's own schema. */
    protected abstract String schema();

    /** A table the service's first migration creates. */
    protected abstract String firstTable();

    /** Listed metrics without an alarm whose series exist only once something happened (a denial by some rule). */
    protected Set<String> registeredOnFirstUse() {
        return Set.of();
    }

    @Test
    void registersEveryApplicationMetricItOwns() throws IOException, InterruptedException {
        List<ApplicationMetrics.Metric> owned = applicationMetrics.ownedBy(service);
        assertThat(owned).as("metrics %s owns", service).isNotEmpty();
        for (ApplicationMetrics.Metric metric : owned) {
            if (metric.alarmed() || !registeredOnFirstUse().contains(metric.name())) {
                assertThat(meters.find(metric.name()).meters()).as("%s registered by %s", metric.name(), service)
                        .isNotEmpty();
                assertThat(get("/actuator/metrics/" + metric.name()).statusCode()).isEqualTo(200);
            }
        }
        assertThat(get("/actuator/prometheus").body()).contains("Service=\"" + service + "\"");
    }

    @Test
    void appliesItsMigrationsToItsOwnSchemaWithItsOwnHistory() {
        Integer applied = jdbc.queryForObject(
                "SELECT count(*) FROM " + schema() + ".flyway_schema_history WHERE success", Integer.class);

        assertThat(applied).isPositive();
        assertThat(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class,
                schema() + "." + firstTable())).isTrue();
    }

    @Test
    void reportsHealthyWithTheDatabaseInReadiness() throws IOException, InterruptedException {
        assertThat(get("/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness").body()).contains("\"status\":\"UP\"").contains("\"db\"");
    }

    @Test
    void exposesInfoAndMetricsButNotTheEnvironment() throws IOException, InterruptedException {
        assertThat(get("/actuator/info").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/metrics").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
    }

    @Test
    void listensOnThisMachineOnlyWhenLocal() {
        assertThat(ListeningSockets.addresses(port)).as("addresses listening on port %d", port)
                .isNotEmpty().allMatch(InetAddress::isLoopbackAddress);
    }

    protected HttpResponse<String> get(String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
