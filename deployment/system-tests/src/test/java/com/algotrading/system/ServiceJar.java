package com.algotrading.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * One service's packaged jar in its own process, as {@code run-local.sh} starts it ({@code java -jar <name>.jar
 * serve}), its output in a log file that outlives it.
 */
final class ServiceJar implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceJar(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code <name>/target/<name>.jar} with {@code environment} (and nothing of the test's own ANGEL_ONE_*). */
    static ServiceJar start(String name, int port, Map<String, String> environment) {
        Path jar = Path.of("..", "..", name, "target", name + ".jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        try {
            Path log = Files.createTempFile(name + "-", ".log");
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString(), "serve")))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().keySet().removeIf(variable -> variable.startsWith("ANGEL_ONE_"));
            builder.environment().putAll(environment);
            builder.environment().put("SERVER_PORT", Integer.toString(port));
            Process process = builder.start();
            // A test JVM that stops early must not leave a service running on the machine.
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
            return new ServiceJar(name, port, log, process);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + jar.toAbsolutePath(), e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    /** Waits until the service is ready (its readiness group UP), failing at once if it exits. */
    void awaitReady(Duration within) {
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        await(name + " ready").atMost(within).pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited; see " + log);
                    }
                    return HTTP.send(readiness, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
                });
    }

    List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
