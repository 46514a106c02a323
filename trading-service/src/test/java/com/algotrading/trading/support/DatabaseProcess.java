package com.algotrading.trading.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server in a process of its own (the local platform's, {@code postgres-support-exec.jar}), with a data
 * directory that outlives it: a test can stop the database under a running service and start it again, same port,
 * same data.
 */
public final class DatabaseProcess implements AutoCloseable {

    private static final Path JAR = Path.of("..", "deployment", "postgres-support", "target", "postgres-support-exec.jar");

    private final Path dataDirectory;
    private final int port;
    private Process process;

    public DatabaseProcess() {
        try {
            dataDirectory = Files.createTempDirectory("trading-db-");
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/algotrading";
    }

    public void start() {
        try {
            String java = ProcessHandle.current().info().command().orElse("java");
            process = new ProcessBuilder(java, "-jar", JAR.toString(), dataDirectory.toString(), Integer.toString(port),
                    "algotrading").redirectErrorStream(true).start();
            Process started = process;
            // A test JVM that stops early must not leave a database running on the machine.
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroy));
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> output.lines()
                    .anyMatch(line -> line.startsWith("READY ")));
            if (!ready.get(120, TimeUnit.SECONDS)) {
                throw new IllegalStateException("PostgreSQL did not start");
            }
            // Keep draining its output so the process never blocks on a full pipe.
            Thread.ofVirtual().start(() -> output.lines().forEach(line -> { }));
        } catch (Exception e) {
            throw new IllegalStateException("could not start PostgreSQL from " + JAR.toAbsolutePath(), e);
        }
    }

    /** A count over the trading schema, asked directly of the database. */
    public int count(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** The first two columns of a query over the trading schema, as key and value. */
    public Map<String, String> pairs(String sql) throws SQLException {
        Map<String, String> result = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                result.put(rows.getString(1), rows.getString(2));
            }
        }
        return result;
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(jdbcUrl(), "postgres", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO trading");
        }
        return connection;
    }

    /** Stops PostgreSQL the way an outage or a maintenance restart would: the service loses every connection. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
