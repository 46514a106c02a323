package com.algotrading.system;

import com.algotrading.postgres.DatabaseCoordinates;
import com.algotrading.postgres.TestDatabases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The local platform as {@code run-local.sh} runs it (paper trading, the simulated market always open, one
 * PostgreSQL), on free ports, with secrets of its own and every service logging JSON lines as deployed.
 */
final class Platform implements AutoCloseable {

    final String serviceToken = "service-token-" + UUID.randomUUID();
    final String adminPassword = "Admin-" + UUID.randomUUID();
    final ServiceJar data;
    final ServiceJar trading;
    final ServiceJar dashboard;
    final DatabaseCoordinates database = TestDatabases.fresh();

    /** Starts the three services at once; {@link #awaitReady()} waits for them. */
    Platform() {
        int dataPort = freePort();
        int tradingPort = freePort();
        Map<String, String> environment = new HashMap<>(Map.of("ENVIRONMENT", "local", "PAPER_TRADING", "true",
                "MARKET_FEED", "simulated", "SIMULATOR_ALWAYS_OPEN", "true", "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs",
                "DB_URL", database.jdbcUrl(), "DB_USER", database.username(), "DB_PASSWORD", database.password(),
                "DATA_SERVICE_URL", "http://127.0.0.1:" + dataPort,
                "TRADING_SERVICE_URL", "http://127.0.0.1:" + tradingPort));
        environment.put("SERVICE_TOKEN", serviceToken);
        environment.put("DASHBOARD_ADMIN_PASSWORD", adminPassword);
        data = ServiceJar.start("data-service", dataPort, environment);
        trading = ServiceJar.start("trading-service", tradingPort, environment);
        dashboard = ServiceJar.start("dashboard-service", freePort(), environment);
    }

    void awaitReady() {
        for (ServiceJar service : services()) {
            service.awaitReady(Duration.ofSeconds(180));
        }
    }

    List<ServiceJar> services() {
        return List.of(data, trading, dashboard);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (ServiceJar service : services().reversed()) {
            service.close();
        }
    }
}
