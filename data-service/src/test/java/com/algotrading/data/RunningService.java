package com.algotrading.data;

import com.algotrading.postgres.SpringTestDatabase;
import org.assertj.core.api.AbstractStringAssert;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the integration tests: the service on a random port against a fresh real PostgreSQL database (one
 * per distinct Spring test configuration). Subclasses add {@code @SpringBootTest(webEnvironment = RANDOM_PORT)}.
 */
public abstract class RunningService {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        SpringTestDatabase.register(registry);
    }

    /** Three minutes of 2 January 2025 and one of the next day. */
    protected static final String MINUTES_OF_TWO_DAYS = """
            timestamp,open,high,low,close,volume
            2025-01-02T09:15:00+05:30,100,101,99,100,10
            2025-01-02T09:16:00+05:30,100,102,99,101,20
            2025-01-02T09:18:00+05:30,101,103,100,102,30
            2025-01-03T09:15:00+05:30,102,103,101,102,40
            """;

    @LocalServerPort
    protected int port;

    protected ApiClient api() {
        return new ApiClient(port);
    }

    /** Asserts the answer is a problem detail of that status and type; further assertions go on its body. */
    protected static AbstractStringAssert<?> assertProblem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return assertThat(response.body()).contains("\"type\":\"" + type + "\"", "\"status\":" + status);
    }

    /** Imports 1-minute candle CSV for an NSE symbol through the public endpoint. */
    protected void importMinutes(String symbol, String csv) {
        api().post("/api/v1/candles/import?exchange=NSE&symbol=" + symbol + "&interval=1m", "text/csv", csv);
    }
}
