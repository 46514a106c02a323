package com.algotrading.trading.docs;

import com.algotrading.trading.support.TradingServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Every curl example of docs/trading.md, run as written against a live service (its port in place of 8081). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocsExamplesIT extends TradingServiceTest {

    private static final Path GUIDE = Path.of("..", "docs", "trading.md");
    private static final Pattern BLOCK = Pattern.compile("```bash\n(.*?)```", Pattern.DOTALL);

    @Test
    void everyExampleOfTheTradingGuideRunsAsWritten() throws Exception {
        boolean tools = onPath("jq") && onPath("curl");
        assertThat(tools || !"true".equals(System.getenv("CI"))).as("CI runs the examples: install curl and jq").isTrue();
        assumeThat(tools).as("the examples need curl and jq (apt-get install curl jq)").isTrue();
        String guide = Files.readString(GUIDE, StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(guide.substring(guide.indexOf("## API by example")));
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(6);
        AtomicBoolean ticking = new AtomicBoolean(true);
        Thread ticker = Thread.ofVirtual().start(() -> {
            while (ticking.get()) {
                MARKET.tick("NSE:RELIANCE-EQ", "1500.00");
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            tick("NSE:RELIANCE-EQ", "1500.00");
            for (String block : blocks) {
                String script = block.replace("http://localhost:8081", "http://127.0.0.1:" + port);
                Process bash = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true).start();
                String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(bash.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(bash.exitValue()).as("exit code of\n%s\noutput:\n%s", block, output).isZero();
            }
        } finally {
            ticking.set(false);
            ticker.join();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE action = 'risk.kill-switch-released'",
                Integer.class)).isPositive();
    }

    private static boolean onPath(String tool) throws IOException, InterruptedException {
        return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
    }
}
