package com.algotrading.data.backfill;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.Symbol;
import com.algotrading.data.RunningService;
import com.algotrading.data.instruments.Instruments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"MARKET_FEED=none",
        "ANGEL_ONE_API_KEY=key", "ANGEL_ONE_CLIENT_ID=A1", "ANGEL_ONE_PASSWORD=1234",
        "ANGEL_ONE_TOTP_SECRET=JBSWY3DPEHPK3PXP", "data.backfill.rate-limit-pause=100ms"})
class BackfillIT extends RunningService {

    private static final FakeCandleApi BROKER = start();

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry registry) {
        registry.add("ANGEL_ONE_API_URL", () -> BROKER.url().toString());
    }

    @AfterAll
    static void stopBroker() {
        BROKER.close();
    }

    @Autowired
    BackfillJobs jobs;
    @Autowired
    BackfillRunner runner;
    @Autowired
    Instruments instruments;

    @Test
    void backfillsInPacedThirtyDayChunksRetryingARateLimitAndReportsTheGap() {
        HttpResponse<String> accepted = api().post("/api/v1/backfill", "application/json", """
                {"exchange":"NSE","symbol":"HINDALCO-EQ","interval":"1m",
                 "from":"2025-01-01T00:00:00+05:30","to":"2025-02-05T00:00:00+05:30"}""");
        assertThat(accepted.statusCode()).isEqualTo(202);
        String id = accepted.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        await().atMost(Duration.ofSeconds(30)).until(() -> api().get("/api/v1/backfill/" + id).body()
                .contains("\"status\":\"DONE\""));

        String progress = api().get("/api/v1/backfill/" + id).body();
        assertThat(progress).contains("\"chunksDone\":2", "\"chunksTotal\":2", "\"gapsFound\":1",
                "{\"from\":\"2025-01-15T11:00:00+05:30\",\"to\":\"2025-01-15T11:01:00+05:30\"}");
        long tradingMinutes = 25L * 375 - 1;
        assertThat(progress).contains("\"candlesWritten\":" + tradingMinutes);
        List<FakeCandleApi.Request> requests = BROKER.candleRequests.stream()
                .filter(request -> request.body().contains("\"symboltoken\":\"1363\"")).toList();
        assertThat(requests).hasSize(3);
        assertThat(requests.get(0).body()).contains("\"interval\":\"ONE_MINUTE\"", "\"symboltoken\":\"1363\"",
                "\"fromdate\":\"2025-01-01 00:00\"", "\"todate\":\"2025-01-30 23:59\"");
        for (int i = 1; i < requests.size(); i++) {
            assertThat(Duration.between(requests.get(i - 1).at(), requests.get(i).at())).isGreaterThanOrEqualTo(
                    Duration.ofMillis(490));
        }
        assertThat(api().get("/api/v1/candles?exchange=NSE&symbol=HINDALCO-EQ&interval=1d&from=2025-01-01"
                + "&to=2025-01-02").body()).isEqualTo("[]");
        assertThat(api().get("/api/v1/candles?exchange=NSE&symbol=HINDALCO-EQ&interval=1h&from=2025-01-02"
                + "&to=2025-01-03&format=csv").body()).contains("2025-01-02T09:15:00+05:30,1500.10,1501.05,1499.95,1500.50,7200");
    }

    @Test
    void aRestartedJobResumesAtItsNextChunk() {
        int instrument = instruments.require(new Symbol(Exchange.NSE, "ONGC-EQ")).id();
        UUID id = UUID.randomUUID();
        jobs.create(new BackfillJob(id, instrument, Interval.ONE_MINUTE, Instant.parse("2024-12-31T18:30:00Z"),
                Instant.parse("2025-02-04T18:30:00Z"), BackfillJob.Status.RUNNING, 2, 0, 0, null));
        jobs.chunkDone(id, 1, 0);
        int before = BROKER.candleRequests.size();

        runner.start(jobs.find(id).orElseThrow());

        await().atMost(Duration.ofSeconds(30)).until(() -> jobs.find(id).orElseThrow().status()
                == BackfillJob.Status.DONE);
        List<FakeCandleApi.Request> requests = BROKER.candleRequests.subList(before, BROKER.candleRequests.size());
        assertThat(requests).allSatisfy(request -> assertThat(request.body()).contains("\"fromdate\":\"2025-01-31 00:00\""));
        assertThat(jobs.gapCount(id)).isPositive();
    }

    @Test
    void refusesDerivedIntervalsAndUnknownJobs() {
        assertThat(api().post("/api/v1/backfill", "application/json", """
                {"exchange":"NSE","symbol":"ONGC-EQ","interval":"5m",
                 "from":"2025-01-01T00:00:00+05:30","to":"2025-02-05T00:00:00+05:30"}""").body())
                .contains("/problems/unknown-interval");
        assertThat(api().get("/api/v1/backfill/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    }

    private static FakeCandleApi start() {
        try {
            return new FakeCandleApi();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
