package com.algotrading.data.bars;

import com.algotrading.data.RunningService;
import com.algotrading.data.SseClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The replay feed started on an empty day, then asked to play a day the test stored. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"MARKET_FEED=replay", "REPLAY_DATE=2000-01-03", "REPLAY_SPEED=600"})
class BarReplayIT extends RunningService {

    @Autowired
    BarReplay replay;

    @Test
    void republishesADaysStoredBarsInTimeOrderOnTheBarStream() {
        for (String symbol : List.of("TCS-EQ", "INFY-EQ")) {
            importMinutes(symbol, MINUTES_OF_TWO_DAYS);
        }
        try (SseClient stream = new SseClient(api().request("/api/v1/stream/bars?symbols=NSE:TCS-EQ,NSE:INFY-EQ"),
                null)) {
            await().until(() -> stream.comments().contains("connected"));

            assertThat(replay.replay(LocalDate.of(2025, 1, 2))).isEqualTo(6);

            await().until(() -> stream.events().size() == 6);
            assertThat(stream.events()).extracting(event -> event.data().substring(event.data().indexOf("\"time\"") + 19,
                    event.data().indexOf("\"time\"") + 24)).containsExactly("09:15", "09:15", "09:16", "09:16",
                    "09:18", "09:18");
            assertThat(stream.events()).extracting(event -> Long.parseLong(event.id())).isSorted();
            assertThat(stream.events().getLast().data()).contains("\"close\":102.00", "\"volume\":30");
        }
    }
}
