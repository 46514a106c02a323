package com.algotrading.trading;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Deployed environments log one JSON object per line so CloudWatch Logs Insights can query fields. */
class StructuredLoggingIT {

    @Test
    void logsJsonLinesWhenDeployedAndNeverTheServiceToken() throws IOException, InterruptedException {
        String token = "token-that-must-never-be-logged-0123456789";
        Process process = PackagedJar.start(Map.of("ENVIRONMENT", "staging", "SERVICE_TOKEN", token,
                "SERVER_PORT", "0", "DB_URL", "jdbc:postgresql://127.0.0.1:1/nothing"));
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            String second = out.readLine();

            JsonNode line = JsonMapper.builder().build().readTree(first);
            assertThat(line.path("@timestamp").asString()).isNotBlank();
            assertThat(line.path("log").path("level").asString()).isEqualTo("INFO");
            assertThat(line.path("service").path("name").asString()).isEqualTo("trading-service");
            assertThat(first + second).doesNotContain(token);
        } finally {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }
}
