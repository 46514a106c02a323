package com.algotrading.data.stream;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Symbol;
import com.algotrading.data.candlestore.PublishedBar;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BarSubscriberTest {

    @Test
    void handsOverFromReplayToLiveWithoutGapOrDuplicate() {
        RecordingEmitter emitter = RecordingEmitter.reading();
        BarSubscriber subscriber = new BarSubscriber(emitter, Set.of(1), 3, true);

        subscriber.live(bar(5));
        subscriber.live(bar(6));
        subscriber.replayed(bar(4));
        subscriber.replayed(bar(5));
        subscriber.replayDone();
        subscriber.live(bar(7));

        await().until(() -> emitter.sent().size() == 4);
        assertThat(emitter.sent()).extracting(text -> text.substring(text.indexOf("id:") + 3, text.indexOf('\n')))
                .containsExactly("4", "5", "6", "7");
    }

    @Test
    void aClientThatStopsReadingIsDroppedWithoutHoldingUpThePublisher() {
        BarSubscriber subscriber = new BarSubscriber(RecordingEmitter.stuck(), Set.of(1), 0, false);

        boolean stillConnected = true;
        for (int seq = 1; seq <= BarSubscriber.MAX_QUEUED + 2 && stillConnected; seq++) {
            stillConnected = subscriber.live(bar(seq));
        }

        assertThat(stillConnected).isFalse();
        subscriber.close();
    }

    private static PublishedBar bar(long seq) {
        return new PublishedBar(seq, 1, new Symbol(Exchange.NSE, "TCS-EQ"),
                new Bar(Instant.parse("2025-01-02T03:45:00Z").plusSeconds(60 * seq), 100, 100, 100, 100, 1));
    }
}
