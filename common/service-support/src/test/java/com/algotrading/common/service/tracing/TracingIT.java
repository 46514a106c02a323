package com.algotrading.common.service.tracing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request continues the trace its {@code traceparent} names (or starts one), the work it does knows the trace id,
 * a call it makes carries the trace on, the answer names it, and the request's one log line is in it.
 */
// platform.yml samples every request; without it (this test) a request is still traced, its ids in the logs.
@SpringBootTest(classes = TracedApi.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class TracingIT {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String CALLERS_SPAN = "00f067aa0ba902b7";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void aRequestContinuesItsCallersTraceHandsItOnAndNamesItInTheAnswerAndItsLogLine(CapturedOutput output)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = get("/api/v1/trace", Map.of("traceparent", "00-" + TRACE_ID + "-" + CALLERS_SPAN
                + "-01"));

        JsonNode seen = JsonMapper.builder().build().readTree(answer.body());
        assertThat(seen.path("traceId").asString()).isEqualTo(TRACE_ID);
        assertThat(seen.path("traceparent").asString()).as("what a call made here carries")
                .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01").doesNotContain(CALLERS_SPAN);
        assertThat(answer.headers().firstValue("traceparent")).get().asString().startsWith("00-" + TRACE_ID + "-");
        assertThat(output.getAll().lines().filter(line -> line.contains("GET /api/v1/trace 200 in")))
                .singleElement().asString().contains(TRACE_ID);
    }

    @Test
    void aRequestWithoutATraceStartsOne() throws IOException, InterruptedException {
        HttpResponse<String> answer = get("/api/v1/trace", Map.of());

        String traceId = JsonMapper.builder().build().readTree(answer.body()).path("traceId").asString();
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(answer.headers().firstValue("traceparent")).get().asString()
                .matches("00-" + traceId + "-[0-9a-f]{16}-0[01]");
    }

    @Test
    void anErrorsAnswerNamesTheTraceToo(CapturedOutput output) throws IOException, InterruptedException {
        HttpResponse<String> missing = get("/api/v1/nothing-here", Map.of("traceparent", "00-" + TRACE_ID + "-"
                + CALLERS_SPAN + "-01"));

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("traceparent")).get().asString().startsWith("00-" + TRACE_ID + "-");
        assertThat(output.getAll().lines().filter(line -> line.contains("GET /api/v1/nothing-here 404 in")))
                .singleElement().asString().contains(TRACE_ID);
    }

    @Test
    void onlyApiCallsAreLoggedNotHealthChecks(CapturedOutput output) throws IOException, InterruptedException {
        assertThat(get("/actuator/health", Map.of()).statusCode()).isEqualTo(200);

        assertThat(output.getAll()).doesNotContain("GET /actuator/health");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
