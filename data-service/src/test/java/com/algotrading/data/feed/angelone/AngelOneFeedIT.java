package com.algotrading.data.feed.angelone;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.market.Tick;
import com.algotrading.common.settings.AngelOneCredentials;
import com.algotrading.common.settings.Secret;
import com.algotrading.common.smartapi.FakeAngelOne;
import com.algotrading.common.smartapi.FakeMarketSocket;
import com.algotrading.common.smartapi.Sleeper;
import com.algotrading.common.smartapi.SmartApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The WebSocket feed against the shared local fake of the broker; no traffic leaves the machine. */
class AngelOneFeedIT {

    private static final Instant IN_SESSION = Instant.parse("2025-01-02T05:00:00Z");
    private static final AngelOneCredentials CREDENTIALS = new AngelOneCredentials(new Secret("api-key-1"), "A123",
            new Secret("1234"), new Secret("JBSWY3DPEHPK3PXP"));
    private static final List<Instrument> INSTRUMENTS = List.of(
            Instrument.equity(Exchange.NSE, "2885", "RELIANCE-EQ", "RELIANCE", 10),
            Instrument.equity(Exchange.BSE, "500325", "RELIANCE", "RELIANCE", 5));

    /** Real time moved into a trading session, so silence can pass. */
    private final Clock running = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), IN_SESSION));
    private final FakeAngelOne broker = new FakeAngelOne(CREDENTIALS, running);
    private final FakeMarketSocket socket = broker.socket();
    private final SmartApiClient api = new SmartApiClient(broker.apiUrl(), CREDENTIALS, new JsonMapper(), running,
            Sleeper.REAL);
    private final List<Tick> ticks = new CopyOnWriteArrayList<>();
    private AngelOneFeed feed;

    @AfterEach
    void stop() {
        if (feed != null) {
            feed.stop();
        }
        api.close();
        broker.close();
    }

    @Test
    void subscribesWithTheSessionHeadersAndTurnsBinaryPacketsOfEveryModeIntoTicks() throws IOException {
        start(INSTRUMENTS, Duration.ofSeconds(20));
        await().until(() -> socket.textFromClients().stream().anyMatch(text -> text.contains("\"action\":1")));

        assertThat(socket.handshakes().getFirst()).containsEntry("authorization", "Bearer jwt-1")
                .containsEntry("x-api-key", "api-key-1").containsEntry("x-client-code", "A123")
                .containsEntry("x-feed-token", "feed-1");
        assertThat(socket.textFromClients().getFirst()).contains("\"mode\":2",
                "{\"exchangeType\":1,\"tokens\":[\"2885\"]}", "{\"exchangeType\":3,\"tokens\":[\"500325\"]}");

        long time = IN_SESSION.toEpochMilli();
        socket.sendBinary(Packets.ltp(1, "2885", 1, time, 150_010));
        socket.sendText("pong");
        socket.sendText("{\"correlationID\":\"subscribe\",\"errorCode\":\"E1002\",\"errorMessage\":\"limit\"}");
        socket.sendBinary(new byte[] {2, 1, 0});
        socket.sendBinary(Packets.quote(1, "2885", time, 150_020, 10, 1_000));
        socket.sendBinary(Packets.snapQuote(3, "500325", time, 150_030, 5, 2_000));

        await().until(() -> ticks.size() == 3);
        assertThat(ticks).extracting(Tick::lastPrice).containsExactly(150_010L, 150_020L, 150_030L);
        assertThat(ticks.get(2).volumeToday()).isEqualTo(2_000);
    }

    @Test
    void pingsEveryIntervalAndReconnectsAndResubscribesWhenTheSocketGoesSilent() {
        socket.answerPings(false);
        start(INSTRUMENTS, Duration.ofMillis(300));

        await().atMost(Duration.ofSeconds(10)).until(() -> socket.connections() >= 2);
        assertThat(socket.textFromClients()).contains("ping");
        await().until(() -> socket.textFromClients().stream().filter(text -> text.contains("\"action\":1")).count() >= 2);
        assertThat(broker.logins()).as("a silent socket is not a refused session").hasSize(1);
    }

    @Test
    void aRefusedHandshakeLogsInAgainAndKeepsRetrying() {
        socket.refuseHandshakes(true);
        start(INSTRUMENTS, Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(10)).until(() -> broker.logins().size() >= 2);
        socket.refuseHandshakes(false);
        await().atMost(Duration.ofSeconds(15)).until(() -> socket.connections() == 1);
    }

    @Test
    void spreadsSubscriptionsOverConnectionsOfAtMostOneThousandThatShareOneLogin() {
        List<Instrument> many = IntStream.range(1, 1502).mapToObj(token -> Instrument.equity(
                Exchange.NSE, Integer.toString(token), "S" + token + "-EQ", "S", 5)).toList();
        start(many, Duration.ofSeconds(20));

        await().until(() -> socket.textFromClients().stream().filter(text -> text.contains("\"action\":1")).count() == 2);
        assertThat(socket.textFromClients()).filteredOn(text -> text.contains("\"action\":1"))
                .extracting(text -> Pattern.compile("\"\\d+\"").matcher(text).results().count())
                .containsExactlyInAnyOrder(1000L, 501L);
        assertThat(broker.logins()).hasSize(1);
    }

    private void start(List<Instrument> instruments, Duration silence) {
        feed = new AngelOneFeed(instruments, api, new AngelOneProperties(broker.apiUrl(), socket.url(), 2,
                Duration.ofMillis(100), silence, Duration.ofMillis(200)), new JsonMapper(), running,
                NseCalendar.bundled());
        feed.start(ticks::add);
    }
}
