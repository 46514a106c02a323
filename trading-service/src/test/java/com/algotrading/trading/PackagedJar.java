package com.algotrading.trading;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the packaged service jar as a container does: no argument and no terminal (its standard streams are pipes),
 * with the given environment variables.
 */
final class PackagedJar {

    private PackagedJar() {
    }

    static Process start(Map<String, String> environment) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", Path.of("target", "trading-service.jar").toString());
        builder.environment().keySet().removeIf(name -> name.startsWith("ANGEL_ONE_"));
        builder.environment().putAll(environment);
        return builder.start();
    }
}
