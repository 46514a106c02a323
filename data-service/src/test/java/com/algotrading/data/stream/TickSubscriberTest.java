package com.algotrading.data.stream;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.market.Tick;
import com.algotrading.data.bars.LiveTick;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TickSubscriberTest {

    private static final int RELIANCE = 1;
    private static final int TCS = 2;
    private static final Instant T0 = Instant.parse("2025-01-06T03:45:00Z");

    @Test
    void aClientThatFallsBehindGetsTheLatestPriceOfEachInstrumentWithoutHoldingUpThePublisher() throws Exception {
        RecordingEmitter emitter = RecordingEmitter.stuck();
        TickSubscriber subscriber = new TickSubscriber(emitter, Set.of(RELIANCE, TCS));
        subscriber.comment("connected");
        emitter.awaitSending();

        int ticks = 50_000;
        boolean accepted = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            boolean all = true;
            for (int i = 1; i <= ticks; i++) {
                all &= subscriber.latest(tick(RELIANCE, "RELIANCE-EQ", i, 245_000 + 5L * i));
                all &= subscriber.latest(tick(TCS, "TCS-EQ", i, 410_000 - 5L * i));
            }
            return all;
        });
        emitter.release();

        assertThat(accepted).isTrue();
        await().until(() -> emitter.sent().size() == 3);
        assertThat(emitter.sent()).containsExactly(
                comment("connected"),
                event(tick(RELIANCE, "RELIANCE-EQ", ticks, 245_000 + 5L * ticks)),
                event(tick(TCS, "TCS-EQ", ticks, 410_000 - 5L * ticks)));
        subscriber.close();
    }

    @Test
    void aClientThatKeepsUpGetsEveryTickInOrder() {
        RecordingEmitter emitter = RecordingEmitter.reading();
        TickSubscriber subscriber = new TickSubscriber(emitter, Set.of(RELIANCE));
        LiveTick first = tick(RELIANCE, "RELIANCE-EQ", 1, 245_000);
        LiveTick second = tick(RELIANCE, "RELIANCE-EQ", 2, 245_005);
        LiveTick third = tick(RELIANCE, "RELIANCE-EQ", 3, 244_995);

        subscriber.latest(first);
        await().until(() -> emitter.sent().size() == 1);
        subscriber.latest(second);
        await().until(() -> emitter.sent().size() == 2);
        subscriber.latest(third);
        await().until(() -> emitter.sent().size() == 3);

        assertThat(emitter.sent()).containsExactly(event(first), event(second), event(third));
        subscriber.close();
    }

    @Test
    void heartbeatsDoNotPileUpForAClientThatStoppedReading() throws Exception {
        RecordingEmitter emitter = RecordingEmitter.stuck();
        TickSubscriber subscriber = new TickSubscriber(emitter, Set.of(RELIANCE));
        subscriber.comment("connected");
        emitter.awaitSending();

        for (int i = 0; i < 1_000; i++) {
            subscriber.comment("heartbeat");
        }
        emitter.release();

        await().until(() -> emitter.sent().size() == 2);
        assertThat(emitter.sent()).containsExactly(comment("connected"), comment("heartbeat"));
        subscriber.close();
    }

    @Test
    void aClosedSubscriberRefusesTicksSoTheBroadcasterForgetsIt() {
        TickSubscriber subscriber = new TickSubscriber(RecordingEmitter.reading(), Set.of(RELIANCE));

        subscriber.close();

        assertThat(subscriber.latest(tick(RELIANCE, "RELIANCE-EQ", 1, 245_000))).isFalse();
        assertThat(subscriber.comment("heartbeat")).isFalse();
    }

    private static LiveTick tick(int instrumentId, String tradingSymbol, int second, long paise) {
        return new LiveTick(instrumentId, new Symbol(Exchange.NSE, tradingSymbol), new Tick(Exchange.NSE,
                new InstrumentToken(Integer.toString(instrumentId)), T0.plusMillis(10L * second), paise, 1, second));
    }

    private static String event(LiveTick tick) {
        return "event:tick\ndata:" + TickEvent.of(tick) + "\n\n";
    }

    private static String comment(String text) {
        return ":" + text + "\n\n";
    }
}
