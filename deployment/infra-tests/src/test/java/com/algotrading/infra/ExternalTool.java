package com.algotrading.infra;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command-line tool the checks need (terraform, shellcheck, bats, node). Missing on a developer machine, the
 * test is skipped with the way to install it; missing in CI (CI=true), the test fails, so CI cannot go green
 * by skipping.
 */
record ExternalTool(String command, String howToInstall) {

    static final ExternalTool TERRAFORM = new ExternalTool("terraform",
            "install Terraform >= 1.6 from https://developer.hashicorp.com/terraform/install");
    static final ExternalTool SHELLCHECK = new ExternalTool("shellcheck", "apt-get install -y shellcheck");
    static final ExternalTool BATS = new ExternalTool("bats", "apt-get install -y bats");
    static final ExternalTool JQ = new ExternalTool("jq", "apt-get install -y jq");
    static final ExternalTool NODE = new ExternalTool("node", "apt-get install -y nodejs npm");
    static final ExternalTool NPM = new ExternalTool("npm", "apt-get install -y nodejs npm");

    /** Skips (developer machine) or fails (CI) the calling test when the tool is not on PATH. */
    ExternalTool require() {
        if (isOnPath()) {
            return this;
        }
        String message = command + " is not installed: " + howToInstall;
        if ("true".equals(System.getenv("CI"))) {
            fail(message + " (CI=true, so this is a failure, not a skip)");
        }
        assumeTrue(false, message);
        return this;
    }

    Result run(Path workingDirectory, Map<String, String> environment, String... arguments) {
        List<String> commandLine = new ArrayList<>(List.of(command));
        commandLine.addAll(List.of(arguments));
        try {
            Path stdout = Files.createTempFile("infra-tests-" + command, ".out");
            Path stderr = Files.createTempFile("infra-tests-" + command, ".err");
            ProcessBuilder builder = new ProcessBuilder(commandLine)
                    .directory(workingDirectory.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail(String.join(" ", commandLine) + " did not finish within 5 minutes");
            }
            Result result = new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
            Files.delete(stdout);
            Files.delete(stderr);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Result run(Path workingDirectory, String... arguments) {
        return run(workingDirectory, Map.of(), arguments);
    }

    private boolean isOnPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** stdout alone is what a caller parses; {@link #output()} is both streams, for failure messages. */
    record Result(int exitCode, String stdout, String stderr) {

        String output() {
            return stdout + stderr;
        }
    }
}
