package com.algotrading.dashboard.docs;

import com.algotrading.dashboard.DashboardServiceTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Every curl example of docs/api.md, run in order as written (its port in place of 8080) from a folder that holds
 * {@code .local/admin-password} as the local run leaves it, against a live dashboard whose trading-service and
 * data-service are fakes.
 */
class ApiDocsExamplesIT extends DashboardServiceTest {

    private static final Path GUIDE = Path.of("..", "docs", "api.md");
    private static final Pattern BLOCK = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyExampleOfTheApiGuideRunsAsWritten(@TempDir Path root) throws Exception {
        boolean tools = onPath("jq") && onPath("curl");
        assertThat(tools || !"true".equals(System.getenv("CI"))).as("CI runs the examples: install curl and jq").isTrue();
        assumeThat(tools).as("the examples need curl and jq (apt-get install curl jq)").isTrue();
        Files.createDirectories(root.resolve(".local"));
        Files.writeString(root.resolve(".local/admin-password"), ADMIN_PASSWORD);
        List<String> blocks = blocks();
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);

        for (String block : blocks) {
            String script = block.replace("http://localhost:8080", "http://127.0.0.1:" + port);
            Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(root.toFile())
                    .redirectErrorStream(true).start();
            String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(bash.exitValue()).as("exit code of\n%s\noutput:\n%s", block, output).isZero();
        }
        assertThat(UPSTREAM.received()).anySatisfy(order -> {
            assertThat(order.uri()).isEqualTo("/api/v1/orders");
            assertThat(order.headers().getFirst("X-Actor")).startsWith("admin:key:");
        });
    }

    private static List<String> blocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(Files.readString(GUIDE, StandardCharsets.UTF_8));
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        return blocks;
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    }
}
