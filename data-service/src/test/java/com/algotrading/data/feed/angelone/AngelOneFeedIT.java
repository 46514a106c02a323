package com.algotrading.data.feed.angelone;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.market.Tick;
import com.algotrading.common.settings.AngelOneCredentials;
import com.algotrading.common.settings.Secret;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The Angel One client against a local fake of the broker; no traffic leaves the machine. */
class AngelOneFeedIT {

    private static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    private static final Instant IN_SESSION = Instant.parse("2025-01-02T05:00:00Z");
    private static final AngelOneCredentials CREDENTIALS = new AngelOneCredentials(new Secret("api-key-1"), "A123",
            new Secret("1234"), new Secret(TOTP_SECRET));
    private static final List<Instrument> INSTRUMENTS = List.of(
            Instrument.equity(Exchange.NSE, "2885", "RELIANCE-EQ", "RELIANCE", 10),
            Instrument.equity(Exchange.BSE, "500325", "RELIANCE", "RELIANCE", 5));

    private final FakeAngelOne fake = new FakeAngelOne();
    private final Clock clock = Clock.fixed(IN_SESSION, ZoneOffset.UTC);
    /** Real time moved into a trading session, so silence can pass. */
    private final Clock running = Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), IN_SESSION));
    private final List<Tick> ticks = new CopyOnWriteArrayList<>();
    private AngelOneFeed feed;

    AngelOneFeedIT() throws IOException {
    }

    @AfterEach
    void stop() throws IOException {
        if (feed != null) {
            feed.stop();
        }
        fake.close();
    }

    @Test
    void logsInWithTheDocumentedHeadersAndACurrentTotp() throws Exception {
        new SmartApiClient(fake.apiUrl(), CREDENTIALS, new JsonMapper(), clock).login();

        FakeAngelOne.Login login = fake.logins.getFirst();
        assertThat(login.headers()).containsEntry("x-privatekey", "api-key-1").containsEntry("x-usertype", "USER")
                .containsEntry("x-sourceid", "WEB").containsEntry("content-type", "application/json")
                .containsKeys("x-clientlocalip", "x-clientpublicip", "x-macaddress");
        String expectedTotp = new DefaultCodeGenerator().generate(TOTP_SECRET, IN_SESSION.getEpochSecond() / 30);
        assertThat(login.body()).contains("\"clientcode\":\"A123\"", "\"password\":\"1234\"",
                "\"totp\":\"" + expectedTotp + "\"");
    }

    @Test
    void aRefusedLoginSaysWhyAndAPlainText403IsARateLimit() {
        fake.loginBody = "{\"status\":false,\"message\":\"Invalid totp\",\"errorcode\":\"AB1007\",\"data\":null}";
        SmartApiClient api = new SmartApiClient(fake.apiUrl(), CREDENTIALS, new JsonMapper(), clock);
        assertThatThrownBy(api::login).isInstanceOf(AngelOneException.class)
                .hasMessageContaining("check ANGEL_ONE_TOTP_SECRET").hasMessageContaining("AB1007: Invalid totp");

        fake.loginStatus = 403;
        fake.loginBody = "Access denied because of exceeding access rate";
        assertThatThrownBy(api::login).isInstanceOfSatisfying(AngelOneException.class,
                e -> assertThat(e.isRateLimit()).isTrue()).hasMessageContaining("rate limit");
    }

    @Test
    void subscribesWithTheSessionHeadersAndTurnsBinaryPacketsOfEveryModeIntoTicks() throws IOException {
        start(Duration.ofSeconds(20));
        await().until(() -> fake.textFromClients.stream().anyMatch(text -> text.contains("\"action\":1")));

        assertThat(fake.handshakes.getFirst()).containsEntry("authorization", "Bearer jwt-1")
                .containsEntry("x-api-key", "api-key-1").containsEntry("x-client-code", "A123")
                .containsEntry("x-feed-token", "feed-1");
        assertThat(fake.textFromClients.getFirst()).contains("\"mode\":2",
                "{\"exchangeType\":1,\"tokens\":[\"2885\"]}", "{\"exchangeType\":3,\"tokens\":[\"500325\"]}");

        long time = IN_SESSION.toEpochMilli();
        fake.sendBinary(Packets.ltp(1, "2885", 1, time, 150_010));
        fake.sendText("pong");
        fake.sendText("{\"correlationID\":\"subscribe\",\"errorCode\":\"E1002\",\"errorMessage\":\"limit\"}");
        fake.sendBinary(new byte[] {2, 1, 0});
        fake.sendBinary(Packets.quote(1, "2885", time, 150_020, 10, 1_000));
        fake.sendBinary(Packets.snapQuote(3, "500325", time, 150_030, 5, 2_000));

        await().until(() -> ticks.size() == 3);
        assertThat(ticks).extracting(Tick::lastPrice).containsExactly(150_010L, 150_020L, 150_030L);
        assertThat(ticks.get(2).volumeToday()).isEqualTo(2_000);
    }

    @Test
    void pingsEveryIntervalAndReconnectsAndResubscribesWhenTheSocketGoesSilent() {
        fake.answerPings = false;
        start(Duration.ofMillis(300));

        await().atMost(Duration.ofSeconds(10)).until(() -> fake.connections() >= 2);
        assertThat(fake.textFromClients).contains("ping");
        await().until(() -> fake.textFromClients.stream().filter(text -> text.contains("\"action\":1")).count() >= 2);
    }

    @Test
    void keepsRetryingWhenTheHandshakeIsRefused() {
        fake.refuseHandshake = true;
        start(Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(10)).until(() -> fake.logins.size() >= 2);
        fake.refuseHandshake = false;
        await().atMost(Duration.ofSeconds(15)).until(() -> fake.connections() == 1);
    }

    @Test
    void spreadsSubscriptionsOverConnectionsOfAtMostOneThousand() {
        List<Instrument> many = java.util.stream.IntStream.range(1, 1502).mapToObj(token -> Instrument.equity(
                Exchange.NSE, Integer.toString(token), "S" + token + "-EQ", "S", 5)).toList();
        feed = new AngelOneFeed(many, new SmartApiClient(fake.apiUrl(), CREDENTIALS, new JsonMapper(), running),
                CREDENTIALS, properties(Duration.ofSeconds(20)), new JsonMapper(), running, NseCalendar.bundled());
        feed.start(ticks::add);

        await().until(() -> fake.textFromClients.stream().filter(text -> text.contains("\"action\":1")).count() == 2);
        assertThat(fake.textFromClients).filteredOn(text -> text.contains("\"action\":1"))
                .extracting(text -> Pattern.compile("\"\\d+\"").matcher(text).results().count())
                .containsExactlyInAnyOrder(1000L, 501L);
    }

    private void start(Duration silence) {
        feed = new AngelOneFeed(INSTRUMENTS, new SmartApiClient(fake.apiUrl(), CREDENTIALS, new JsonMapper(), running),
                CREDENTIALS, properties(silence), new JsonMapper(), running, NseCalendar.bundled());
        feed.start(ticks::add);
    }

    private AngelOneProperties properties(Duration silence) {
        return new AngelOneProperties(fake.apiUrl(), fake.wsUrl(), 2, Duration.ofMillis(100), silence,
                Duration.ofMillis(200));
    }
}
