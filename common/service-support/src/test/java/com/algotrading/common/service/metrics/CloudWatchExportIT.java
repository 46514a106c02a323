package com.algotrading.common.service.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the SDK really sends CloudWatch, decoded by a fake on 127.0.0.1 that the SDK finds through its standard
 * endpoint setting ({@code aws.endpointUrl}, the system-property twin of {@code AWS_ENDPOINT_URL}): the listed
 * metrics with their series names, the namespace, the dimensions Environment and Service, their values, and nothing
 * that is not listed.
 */
@SpringBootTest(classes = MetricsExample.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ENVIRONMENT=staging", "SERVICE_TOKEN=" + CloudWatchExportIT.TOKEN,
        "spring.application.name=example-service", "platform.metrics.cloudwatch.enabled=true",
        "platform.metrics.step=1s"})
class CloudWatchExportIT {

    static final String TOKEN = "a-service-token-of-at-least-32-characters";
    private static final FakeCloudWatch CLOUDWATCH = start();

    @Autowired
    MeterRegistry meters;

    /** Cumulative, unlike the CloudWatch registry's counters, which report the last whole step. */
    @Autowired
    PrometheusMeterRegistry prometheus;

    @Autowired
    Counter orderRejections;

    @LocalServerPort
    int port;

    private static FakeCloudWatch start() {
        try {
            FakeCloudWatch fake = new FakeCloudWatch();
            System.setProperty("aws.endpointUrl", fake.url());
            System.setProperty("aws.region", "ap-south-1");
            System.setProperty("aws.accessKeyId", "test-access-key");
            System.setProperty("aws.secretAccessKey", "test-secret-key");
            return fake;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stop() {
        CLOUDWATCH.close();
        List.of("aws.endpointUrl", "aws.region", "aws.accessKeyId", "aws.secretAccessKey").forEach(System::clearProperty);
    }

    @Test
    void publishesTheListedMetricsWithTheirDimensionsAndValuesAndNothingElse() {
        orderRejections.increment(3);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(CLOUDWATCH.data())
                .anySatisfy(datum -> {
                    assertThat(datum.name()).isEqualTo("OrderRejections.count");
                    assertThat(datum.value()).isEqualTo(3.0);
                }));

        List<FakeCloudWatch.Datum> sent = CLOUDWATCH.data();
        assertThat(sent).allSatisfy(datum -> {
            assertThat(datum.namespace()).isEqualTo("AlgoTradingSystem");
            assertThat(datum.dimensions()).containsEntry("Environment", "staging")
                    .containsEntry("Service", "example-service");
        });
        assertThat(sent).anySatisfy(datum -> {
            assertThat(datum.name()).isEqualTo("TradingHalted.value");
            assertThat(datum.value()).isEqualTo(1.0);
            assertThat(datum.dimensions()).isEqualTo(Map.of("Environment", "staging",
                    "Service", "example-service"));
        });
        assertThat(FakeCloudWatch.names(sent)).contains("ErrorCount.count")
                .noneMatch(name -> name.startsWith("not.listed") || name.startsWith("jvm.") || name.startsWith("http."));
        // SDK 2.50 speaks Smithy RPCv2 CBOR to CloudWatch; the fake would decode Query or JSON as well
        assertThat(CLOUDWATCH.protocols()).isNotEmpty().allMatch(protocol -> protocol.startsWith("rpc-v2-cbor"));
    }

    @Test
    void errorCountCountsFiveHundredsAndErrorLogEvents() throws Exception {
        Counter errors = prometheus.get("ErrorCount").counter();
        double before = errors.count();

        assertThat(get("/fails")).isEqualTo(500);
        assertThat(get("/logs-an-error")).isEqualTo(200);

        // the 500 counts as an answer, and again as the error Spring logs for the exception: at least 2 past before
        assertThat(errors.count() - before).isGreaterThanOrEqualTo(2.0);
        assertThat(meters.get("ErrorCount").counter().getId().getTag("Service")).isEqualTo("example-service");
    }

    private int get(String path) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }
}
