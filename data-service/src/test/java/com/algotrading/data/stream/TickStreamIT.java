package com.algotrading.data.stream;

import com.algotrading.data.ApiClient;
import com.algotrading.data.RunningService;
import com.algotrading.data.SseClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The tick stream over HTTP, fed by the default local feed (the simulator), ticking regardless of the hour. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MARKET_FEED=simulated", "SIMULATOR_ALWAYS_OPEN=true", "SIMULATOR_TICKS_PER_SECOND=10"})
class TickStreamIT extends RunningService {

    private static final JsonMapper JSON = new JsonMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void streamsTheLastPricesOfTheRequestedInstrumentsAsTheyTick() {
        try (SseClient stream = subscribe("?symbols=NSE:RELIANCE-EQ,%20NSE:TCS-EQ")) {
            await().atMost(PATIENCE).until(() -> ticksBySymbol(stream).values().stream()
                    .filter(ticks -> ticks.size() >= 5).count() == 2);
            Map<String, List<JsonNode>> bySymbol = ticksBySymbol(stream);

            assertThat(stream.comments()).startsWith("connected");
            assertThat(stream.events()).allSatisfy(event -> {
                assertThat(event.name()).isEqualTo("tick");
                assertThat(event.id()).isNull();
                assertThat(event.data()).matches("\\{\"symbol\":\"NSE:[A-Z]+-EQ\",\"time\":\"[-0-9T:.]+\\+05:30\","
                        + "\"lastPrice\":\\d+\\.\\d\\d,\"lastQuantity\":\\d+,\"volumeToday\":\\d+}");
            });
            assertThat(bySymbol).containsOnlyKeys("NSE:RELIANCE-EQ", "NSE:TCS-EQ");
            bySymbol.values().forEach(ticks -> {
                assertThat(ticks).extracting(tick -> OffsetDateTime.parse(tick.get("time").asString()).toInstant())
                        .isSorted();
                assertThat(ticks).extracting(tick -> tick.get("volumeToday").asLong()).isSorted();
            });
        }
    }

    @Test
    void withoutSymbolsStreamsEveryInstrumentOfTheFeed() {
        try (SseClient stream = subscribe("")) {
            await().atMost(PATIENCE).until(() -> ticksBySymbol(stream).size() == 50);
        }
    }

    @Test
    void refusesMalformedAndUnknownSymbolsAsTheBarStreamDoes() {
        ApiClient api = api();

        HttpResponse<String> malformed = api.get("/api/v1/stream/ticks?symbols=NSE:TCS-EQ,RELIANCE");
        HttpResponse<String> unknown = api.get("/api/v1/stream/ticks?symbols=NSE:TCS-EQ,NSE:NOPE-EQ");

        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(malformed.body()).contains("\"type\":\"/problems/invalid-parameter\"", "RELIANCE");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unknown.body()).contains("\"type\":\"/problems/unknown-instrument\"", "NSE:NOPE-EQ");
    }

    private SseClient subscribe(String query) {
        return new SseClient(api().request("/api/v1/stream/ticks" + query), null);
    }

    private static Map<String, List<JsonNode>> ticksBySymbol(SseClient stream) {
        return stream.events().stream().map(event -> JSON.readTree(event.data()))
                .collect(Collectors.groupingBy(tick -> tick.get("symbol").asString()));
    }
}
