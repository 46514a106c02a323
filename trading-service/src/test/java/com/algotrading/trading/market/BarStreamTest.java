package com.algotrading.trading.market;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.trading.support.FakeDataService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One bar stream for every subscriber, against a fake data-service over loopback. */
class BarStreamTest {

    private static final Symbol TCS = Symbol.parse("NSE:TCS-EQ");
    private static final Symbol INFY = Symbol.parse("NSE:INFY-EQ");
    private static final Instant NINE_FIFTEEN = Instant.parse("2026-03-05T03:45:00Z");

    private final FakeDataService market = fake();
    private final BarStream stream = new BarStream(PlatformSettings.from(Map.of("DATA_SERVICE_URL", market.url())::get),
            JsonMapper.builder().build());

    @AfterEach
    void stop() {
        market.close();
    }

    @Test
    void subscribersShareOneConnectionAndEachGetsOnlyItsInstrumentsAfterItsOwnLastBar() {
        for (int minute = 0; minute < 4; minute++) {
            publish(minute % 2 == 0 ? TCS : INFY, minute);
        }
        List<String> first = new CopyOnWriteArrayList<>();
        List<String> second = new CopyOnWriteArrayList<>();
        List<String> third = new CopyOnWriteArrayList<>();
        // Resumes after bar 1: the data-service replays 2, 3 and 4, of which 3 is TCS.
        BarStream.Subscription tcs = stream.subscribe(List.of(TCS), Optional.of("1"),
                bar -> first.add(bar.eventId() + " " + bar.symbol()));
        await().until(() -> first.size() == 1);
        // Joins the running stream with an older position: no replay (its warm-up covers that), the live bars from now.
        BarStream.Subscription older = stream.subscribe(List.of(TCS, INFY), Optional.of("2"),
                bar -> second.add(bar.eventId() + " " + bar.symbol()));
        // Joins with a newer position than the stream's: nothing at or before its own last bar.
        BarStream.Subscription newer = stream.subscribe(List.of(TCS, INFY), Optional.of("5"),
                bar -> third.add(bar.eventId() + " " + bar.symbol()));
        publish(TCS, 4);
        publish(INFY, 5);

        await().until(() -> second.size() == 2);
        assertThat(first).containsExactly("3 NSE:TCS-EQ", "5 NSE:TCS-EQ");
        assertThat(second).containsExactly("5 NSE:TCS-EQ", "6 NSE:INFY-EQ");
        assertThat(third).containsExactly("6 NSE:INFY-EQ");
        assertThat(market.barStreamClients()).isEqualTo(1);

        tcs.close();
        older.close();
        newer.close();
        await().until(() -> {
            publish(TCS, 6);
            return market.barStreamClients() == 0;
        });
    }

    private void publish(Symbol symbol, int minute) {
        long price = 400_000 + minute * 100L;
        market.bar(symbol.toString(), new Bar(NINE_FIFTEEN.plusSeconds(60L * minute), price, price, price, price, 10));
    }

    private static FakeDataService fake() {
        try {
            return new FakeDataService();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
