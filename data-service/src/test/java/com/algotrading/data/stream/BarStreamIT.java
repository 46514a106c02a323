package com.algotrading.data.stream;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Symbol;
import com.algotrading.data.ApiClient;
import com.algotrading.data.RunningService;
import com.algotrading.data.SseClient;
import com.algotrading.data.candlestore.BarStore;
import com.algotrading.data.instruments.Instruments;
import com.algotrading.data.instruments.StoredInstrument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live pipeline's last two steps (store, then publish) driven by hand, so every bar is known in advance. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MARKET_FEED=none", "STREAM_HEARTBEAT=200ms"})
class BarStreamIT extends RunningService {

    private static final Instant T0 = Instant.parse("2025-01-06T03:45:00Z");

    @Autowired
    BarStore store;
    @Autowired
    BarBroadcaster broadcaster;
    @Autowired
    Instruments instruments;

    @Test
    void aReconnectingSubscriberGetsEveryMissedBarOnceThenLiveBars() {
        StoredInstrument lt = instruments.require(new Symbol(Exchange.NSE, "LT-EQ"));
        StoredInstrument sbin = instruments.require(new Symbol(Exchange.NSE, "SBIN-EQ"));
        List<String> received = new ArrayList<>();

        publish(lt, 0);
        SseClient first = subscribe("0");
        await().until(() -> first.events().size() == 1);
        publish(lt, 1);
        publish(sbin, 1);
        await().until(() -> first.events().size() == 2);
        first.close();
        first.events().forEach(event -> received.add(event.id() + " " + event.data()));
        String lastSeen = first.events().getLast().id();

        publish(lt, 2);
        publish(lt, 3);
        try (SseClient second = subscribe(lastSeen)) {
            await().until(() -> second.events().size() == 2);
            publish(lt, 4);
            await().until(() -> second.events().size() == 3);
            second.events().forEach(event -> received.add(event.id() + " " + event.data()));
            assertThat(second.events()).extracting(SseClient.Event::name).containsOnly("bar");
        }

        assertThat(received).extracting(line -> line.substring(line.indexOf("\"time\":") + 8, line.indexOf("\"time\":") + 33))
                .containsExactly("2025-01-06T09:15:00+05:30", "2025-01-06T09:16:00+05:30",
                        "2025-01-06T09:17:00+05:30", "2025-01-06T09:18:00+05:30", "2025-01-06T09:19:00+05:30");
        assertThat(received).extracting(line -> Long.parseLong(line.substring(0, line.indexOf(' '))))
                .isSorted().doesNotHaveDuplicates();
        assertThat(received.getFirst()).contains("\"symbol\":\"NSE:LT-EQ\"", "\"interval\":\"1m\"",
                "\"open\":3950.00", "\"volume\":100");
    }

    @Test
    void idleStreamsGetHeartbeats() {
        try (SseClient idle = subscribe(null)) {
            await().atMost(Duration.ofSeconds(5)).until(() -> idle.comments().contains("heartbeat"));
        }
    }

    @Test
    void refusesOtherIntervalsAndUnknownSymbols() {
        ApiClient api = api();
        assertThat(api.get("/api/v1/stream/bars?symbols=NSE:LT-EQ&interval=5m").body())
                .contains("/problems/unknown-interval");
        assertThat(api.get("/api/v1/stream/bars?symbols=NSE:NOPE-EQ").statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/stream/bars?symbols=RELIANCE").statusCode()).isEqualTo(400);
    }

    private void publish(StoredInstrument instrument, int minute) {
        broadcaster.published(store.store(instrument,
                new Bar(T0.plusSeconds(60L * minute), 395_000, 395_500, 394_500, 395_100, 100)));
    }

    private SseClient subscribe(String lastEventId) {
        return new SseClient(api().request("/api/v1/stream/bars?symbols=NSE:LT-EQ&interval=1m"),
                lastEventId);
    }
}
