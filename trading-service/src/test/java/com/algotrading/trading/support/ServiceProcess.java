package com.algotrading.trading.support;

import com.algotrading.postgres.LogSecrets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The packaged trading-service in its own process, as an operator runs it; killed with SIGKILL when a test says so.
 * Once closed, its log is searched for the secrets it was given ({@link #SECRETS}): a line holding one fails the test.
 */
public final class ServiceProcess implements AutoCloseable {

    /** The variables whose values must never reach a log line. */
    static final List<String> SECRETS = List.of("ANGEL_ONE_API_KEY", "ANGEL_ONE_PASSWORD", "ANGEL_ONE_TOTP_SECRET",
            "SERVICE_TOKEN");

    private final Map<String, String> environment;
    private final List<String> launch;
    private final int port;
    private final Path log;
    private Process process;

    public ServiceProcess(Map<String, String> environment) {
        this(environment, List.of("-jar", Path.of("target", "trading-service.jar").toString()));
    }

    /** @param launch what follows the JVM's options: {@code -jar <jar>}, or {@code -cp <path> <main class>} */
    public ServiceProcess(Map<String, String> environment, List<String> launch) {
        this.launch = List.copyOf(launch);
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
            log = Files.createTempFile("trading-service-", ".log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.environment = new HashMap<>(environment);
        this.environment.put("SERVER_PORT", Integer.toString(port));
    }

    public TradingApi api() {
        return new TradingApi("http://127.0.0.1:" + port);
    }

    public Path log() {
        return log;
    }

    /** Starts the jar and waits until it is the active instance (readiness UP). */
    public void start() {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Xmx256m"));
        command.addAll(launch);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("ANGEL_ONE_"));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
            Process started = process;
            // A test JVM that stops early must not leave a service running on the machine.
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TradingApi api = api();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .ignoreException(UncheckedIOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("the service exited; see " + log);
                    }
                    return "UP".equals(api.get("/actuator/health/readiness").body().path("status").asString());
                });
    }

    /** kill -9: no shutdown hook, no graceful anything. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (process != null) {
            Map<String, String> given = new HashMap<>(environment);
            given.keySet().retainAll(SECRETS);
            LogSecrets.assertNoneIn(log, given);
        }
    }
}
