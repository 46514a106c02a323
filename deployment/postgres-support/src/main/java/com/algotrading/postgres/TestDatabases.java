package com.algotrading.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, empty PostgreSQL databases for tests: one server per JVM, one new database per call, so tests never
 * share state through the database.
 *
 * <p>The server comes from, in order: {@code TEST_DATABASE_URL} (with {@code TEST_DATABASE_USER} and
 * {@code TEST_DATABASE_PASSWORD}) when set; Testcontainers when a Docker engine answers; otherwise the embedded
 * PostgreSQL binaries from Maven Central. All three use the PostgreSQL major version the RDS instance runs.
 */
public final class TestDatabases {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static volatile PostgresServer server;

    private TestDatabases() {
    }

    /** Creates a new empty database and returns how to reach it. */
    public static DatabaseCoordinates fresh() {
        PostgresServer running = server();
        String name = "test_" + SEQUENCE.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
        DatabaseCoordinates maintenance = running.maintenanceDatabase();
        try (Connection connection = DriverManager.getConnection(
                maintenance.jdbcUrl(), maintenance.username(), maintenance.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " on " + running.description(), e);
        }
        return maintenance.withDatabase(name);
    }

    private static PostgresServer server() {
        PostgresServer current = server;
        if (current == null) {
            synchronized (TestDatabases.class) {
                current = server;
                if (current == null) {
                    current = startServer();
                    System.out.println("[postgres-support] test databases on " + current.description());
                    server = current;
                }
            }
        }
        return current;
    }

    private static PostgresServer startServer() {
        String url = System.getenv("TEST_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return external(url);
        }
        if (dockerAnswers()) {
            return containerized();
        }
        return embedded();
    }

    private static PostgresServer external(String url) {
        DatabaseCoordinates coordinates = new DatabaseCoordinates(url,
                System.getenv().getOrDefault("TEST_DATABASE_USER", "postgres"),
                System.getenv().getOrDefault("TEST_DATABASE_PASSWORD", ""));
        return new FixedServer(coordinates, "TEST_DATABASE_URL " + url);
    }

    private static boolean dockerAnswers() {
        // Asking Testcontainers where no engine can exist only fills the log with its failed probes.
        boolean engineConfigured = System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
        if (!engineConfigured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static PostgresServer containerized() {
        String image = System.getProperty("postgres.image", "postgres:17");
        PostgreSQLContainer container = new PostgreSQLContainer(image);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "stop-test-postgres"));
        DatabaseCoordinates coordinates =
                new DatabaseCoordinates(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        return new FixedServer(coordinates, "Testcontainers " + image);
    }

    private static PostgresServer embedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "stop-test-postgres"));
            DatabaseCoordinates coordinates = new DatabaseCoordinates(
                    postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
            return new FixedServer(coordinates, "embedded PostgreSQL " + serverVersion(coordinates)
                    + " on port " + postgres.getPort());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    static String serverVersion(DatabaseCoordinates coordinates) {
        try (Connection connection = DriverManager.getConnection(
                coordinates.jdbcUrl(), coordinates.username(), coordinates.password())) {
            return connection.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "(version unknown: " + e.getMessage() + ")";
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the embedded server's own cleanup removes what is left
        }
    }

    private record FixedServer(DatabaseCoordinates maintenanceDatabase, String description) implements PostgresServer {
    }
}
