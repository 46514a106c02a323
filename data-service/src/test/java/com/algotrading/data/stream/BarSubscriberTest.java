package com.algotrading.data.stream;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Symbol;
import com.algotrading.data.bars.PublishedBar;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BarSubscriberTest {

    /** Records the text of every event; optionally never returns from a send, like a client that stopped reading. */
    private static final class RecordingEmitter extends SseEmitter {
        final List<String> sent = new CopyOnWriteArrayList<>();
        final CountDownLatch stuck;

        RecordingEmitter(boolean stuck) {
            this.stuck = new CountDownLatch(stuck ? 1 : 0);
        }

        @Override
        public void send(SseEventBuilder event) {
            try {
                stuck.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sent.add(event.build().stream().map(part -> String.valueOf(part.getData())).collect(Collectors.joining()));
        }
    }

    @Test
    void handsOverFromReplayToLiveWithoutGapOrDuplicate() {
        RecordingEmitter emitter = new RecordingEmitter(false);
        BarSubscriber subscriber = new BarSubscriber(emitter, Set.of(1), 3, true);

        subscriber.live(bar(5));
        subscriber.live(bar(6));
        subscriber.replayed(bar(4));
        subscriber.replayed(bar(5));
        subscriber.replayDone();
        subscriber.live(bar(7));

        await().until(() -> emitter.sent.size() == 4);
        assertThat(emitter.sent).extracting(text -> text.substring(text.indexOf("id:") + 3, text.indexOf('\n')))
                .containsExactly("4", "5", "6", "7");
    }

    @Test
    void aClientThatStopsReadingIsDroppedWithoutHoldingUpThePublisher() {
        BarSubscriber subscriber = new BarSubscriber(new RecordingEmitter(true), Set.of(1), 0, false);

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
