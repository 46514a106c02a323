package com.algotrading.data.backfill;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.settings.AngelOneCredentials;
import com.algotrading.common.settings.Secret;
import com.algotrading.common.smartapi.FakeAngelOne;
import com.algotrading.common.smartapi.FakeClock;
import com.algotrading.data.RunningService;
import com.algotrading.data.instruments.Instruments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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

    /** Backfill time: pacing and pauses move this clock on instead of waiting. */
    private static final FakeClock TIME = new FakeClock(Instant.parse("2025-02-06T04:00:00Z"));
    private static final FakeAngelOne BROKER = new FakeAngelOne(new AngelOneCredentials(new Secret("key"), "A1",
            new Secret("1234"), new Secret("JBSWY3DPEHPK3PXP")), TIME);

    @TestConfiguration
    static class FakeTime {
        @Bean
        @Primary
        FakeClock fakeClock() {
            return TIME;
        }
    }

    @DynamicPropertySource
    static void broker(DynamicPropertyRegistry registry) {
        registry.add("ANGEL_ONE_API_URL", () -> BROKER.apiUrl().toString());
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
        BROKER.rateLimitNext(FakeAngelOne.CANDLES_PATH, 1);
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
        List<FakeAngelOne.Request> requests = candleRequests("1363");
        assertThat(requests).extracting(request -> request.json().path("fromdate").asString())
                .containsExactly("2025-01-01 00:00", "2025-01-01 00:00", "2025-01-31 00:00");
        assertThat(requests.get(0).body()).contains("\"interval\":\"ONE_MINUTE\"", "\"todate\":\"2025-01-30 23:59\"");
        Instant first = requests.getFirst().at();
        assertThat(requests).as("2 requests a second; the 100 ms pause after the 403 is part of the 500 ms gap")
                .extracting(FakeAngelOne.Request::at)
                .containsExactly(first, first.plusMillis(500), first.plusMillis(1000));
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

        runner.start(jobs.find(id).orElseThrow());

        await().atMost(Duration.ofSeconds(30)).until(() -> jobs.find(id).orElseThrow().status()
                == BackfillJob.Status.DONE);
        assertThat(candleRequests(instruments.find(instrument).orElseThrow().instrument().token().value()))
                .singleElement().satisfies(request -> assertThat(request.body()).contains(
                        "\"fromdate\":\"2025-01-31 00:00\"", "\"todate\":\"2025-02-04 23:59\""));
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

    private static List<FakeAngelOne.Request> candleRequests(String token) {
        return BROKER.requests(FakeAngelOne.CANDLES_PATH).stream()
                .filter(request -> request.json().path("symboltoken").asString().equals(token)).toList();
    }
}
