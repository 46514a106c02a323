package com.algotrading.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LogSecretsTest {

    private static final Map<String, String> SECRETS = Map.of("ANGEL_ONE_PASSWORD", "0481",
            "SERVICE_TOKEN", "service-token-of-32-characters-or-more");

    @Test
    void aLineHoldingASecretFailsNamingTheVariableAndTheLine() {
        List<String> lines = List.of("started", "{\"message\":\"login with pin 0481 refused\"}");

        assertThatThrownBy(() -> LogSecrets.assertNoneIn("the log", lines, SECRETS)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ANGEL_ONE_PASSWORD in: {\"message\":\"login with pin 0481 refused\"}");
    }

    @Test
    void aSecretWithinALongerWordOrNumberIsNotIt() {
        List<String> lines = List.of("pid 104812", "trace 6b0f0481a9", "token service-token-of-32-characters-or-more2");

        assertThatCode(() -> LogSecrets.assertNoneIn("the log", lines, SECRETS)).doesNotThrowAnyException();
    }

    @Test
    void anEmptyLogFileFailsForItProvesNothing(@TempDir Path folder) throws IOException {
        Path log = Files.createFile(folder.resolve("service.log"));

        assertThatThrownBy(() -> LogSecrets.assertNoneIn(log, SECRETS)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the lines of");
    }
}
