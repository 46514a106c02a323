package com.algotrading.common.smartapi;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.Interval;
import com.algotrading.common.settings.AngelOneCredentials;
import com.algotrading.common.settings.Secret;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static com.algotrading.common.smartapi.FakeAngelOne.LOGIN_PATH;
import static com.algotrading.common.smartapi.FakeAngelOne.PROFILE_PATH;
import static com.algotrading.common.smartapi.FakeAngelOne.REFRESH_PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The client against the local fake of the broker on loopback; time is a fake clock, so pacing costs nothing. */
class SmartApiClientIT {

    private static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    private static final AngelOneCredentials CREDENTIALS = new AngelOneCredentials(new Secret("api-key-1"), "A123",
            new Secret("1234"), new Secret(TOTP_SECRET));
    /** 09:30 IST. */
    private static final Instant MORNING = Instant.parse("2025-01-02T04:00:00Z");

    private final FakeClock clock = new FakeClock(MORNING);
    private final FakeAngelOne broker = new FakeAngelOne(CREDENTIALS, clock);
    private final SmartApiClient client = client(CREDENTIALS);

    @AfterEach
    void stop() {
        client.close();
        broker.close();
    }

    @Test
    void logsInOnceWithTheDocumentedHeadersAndATotpTheBrokerVerifiesThenSharesTheSession() throws Exception {
        client.get(PROFILE_PATH);
        client.get(PROFILE_PATH);

        assertThat(broker.logins()).hasSize(1);
        FakeAngelOne.Request login = broker.logins().getFirst();
        assertThat(login.headers()).containsEntry("x-privatekey", "api-key-1").containsEntry("x-usertype", "USER")
                .containsEntry("x-sourceid", "WEB").containsEntry("content-type", "application/json")
                .containsEntry("accept", "application/json")
                .containsKeys("x-clientlocalip", "x-clientpublicip", "x-macaddress").doesNotContainKey("authorization");
        String totp = new DefaultCodeGenerator().generate(TOTP_SECRET, MORNING.getEpochSecond() / 30);
        assertThat(login.json().properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder(
                "clientcode", "password", "totp");
        assertThat(login.body()).contains("\"clientcode\":\"A123\"", "\"password\":\"1234\"", "\"totp\":\"" + totp + "\"");
        assertThat(broker.requests(PROFILE_PATH)).extracting(request -> request.headers().get("authorization"))
                .containsExactly("Bearer jwt-1", "Bearer jwt-1");
    }

    @Test
    void everyCallCarriesTheCallersContextHeadersAsTheyAreWhenItIsMade() {
        AtomicReference<String> trace = new AtomicReference<>("t1");
        SmartApiClient traced = new SmartApiClient(broker.apiUrl(), CREDENTIALS, new JsonMapper(), clock, clock,
                SmartApiClient.DEFAULT_TIMEOUT, header -> header.accept("traceparent", trace.get()));
        try (traced) {
            traced.get(PROFILE_PATH);
            trace.set("t2");
            traced.get(PROFILE_PATH);
        }

        assertThat(broker.logins()).extracting(login -> login.headers().get("traceparent")).containsExactly("t1");
        assertThat(broker.requests(PROFILE_PATH)).extracting(call -> call.headers().get("traceparent"))
                .containsExactly("t1", "t2");
    }

    @Test
    void aRefusedLoginSaysWhyAndNamesTheSetting() {
        SmartApiClient wrongSecret = client(new AngelOneCredentials(new Secret("api-key-1"), "A123",
                new Secret("1234"), new Secret("GEZDGNBVGY3TQOJQ")));

        assertThatThrownBy(() -> wrongSecret.get(PROFILE_PATH)).isInstanceOfSatisfying(SmartApiException.class,
                        e -> assertThat(e.code()).isEqualTo("AB1007"))
                .hasMessageContaining("check ANGEL_ONE_TOTP_SECRET").hasMessageContaining("AB1007: Invalid totp");
        assertThat(broker.requests(PROFILE_PATH)).isEmpty();
    }

    @Test
    void readsCandlesRoundedToThePaisaAndAPlainText403IsARateLimit() {
        broker.rateLimitNext(FakeAngelOne.CANDLES_PATH, 1);

        assertThatThrownBy(this::firstMinutes).isInstanceOfSatisfying(SmartApiException.class,
                e -> assertThat(e.isRateLimit()).isTrue()).hasMessageContaining("rate limit exceeded");
        assertThat(firstMinutes()).containsExactly(
                new Bar(Instant.parse("2025-01-02T03:45:00Z"), 150_010, 150_105, 149_995, 150_050, 120),
                new Bar(Instant.parse("2025-01-02T03:46:00Z"), 150_010, 150_105, 149_995, 150_050, 120));
        assertThat(broker.requests(FakeAngelOne.CANDLES_PATH).getLast().body()).contains(
                "\"exchange\":\"NSE\"", "\"symboltoken\":\"2885\"", "\"interval\":\"ONE_MINUTE\"",
                "\"fromdate\":\"2025-01-02 09:15\"", "\"todate\":\"2025-01-02 09:16\"");
    }

    @Test
    void logsInAgainWhenTheTokenIsRefusedMidSessionAndTheCallThenSucceeds() {
        client.get(PROFILE_PATH);
        broker.refuseTokens("AG8001");

        assertThat(client.get(PROFILE_PATH).path("clientcode").asString()).isEqualTo("A123");
        assertThat(broker.logins()).hasSize(2);
        assertThat(broker.requests(REFRESH_PATH)).isEmpty();
        assertThat(broker.requests(PROFILE_PATH)).extracting(request -> request.headers().get("authorization"))
                .containsExactly("Bearer jwt-1", "Bearer jwt-1", "Bearer jwt-2");
    }

    @Test
    void renewsAnExpiredTokenWithTheRefreshTokenWithoutASecondLogin() {
        client.get(PROFILE_PATH);
        broker.refuseTokens("AG8002");

        client.get(PROFILE_PATH);

        assertThat(broker.logins()).hasSize(1);
        assertThat(broker.requests(REFRESH_PATH)).singleElement().satisfies(refresh -> {
            assertThat(refresh.headers()).containsEntry("authorization", "Bearer jwt-1");
            assertThat(refresh.json().path("refreshToken").asString()).isEqualTo("refresh-1");
        });
        assertThat(client.session().jwtToken()).isEqualTo("jwt-2");
    }

    @Test
    void logsInWhenTheRefreshTokenIsRefusedToo() {
        client.get(PROFILE_PATH);
        broker.refuseTokens("AG8002");
        broker.refuseRefreshTokens();

        client.get(PROFILE_PATH);

        assertThat(broker.requests(REFRESH_PATH)).hasSize(1);
        assertThat(broker.logins()).hasSize(2);
        assertThat(broker.requests(PROFILE_PATH).getLast().headers()).containsEntry("authorization", "Bearer jwt-2");
    }

    @Test
    void theSessionEndsAtMidnightIstAndTheNextCallLogsInWithoutBeingRefusedFirst() {
        clock.advance(Duration.between(MORNING, Instant.parse("2025-01-02T18:29:59Z")));
        client.get(PROFILE_PATH);
        assertThat(client.session().validUntil()).isEqualTo(Instant.parse("2025-01-02T18:30:00Z"));

        clock.advance(Duration.ofSeconds(2));
        client.get(PROFILE_PATH);

        assertThat(broker.logins()).hasSize(2);
        assertThat(broker.requests(PROFILE_PATH)).hasSize(2);
        assertThat(client.session().validUntil()).isEqualTo(Instant.parse("2025-01-03T18:30:00Z"));
    }

    @Test
    void pacesLoginsAtOneASecond() {
        for (int i = 0; i < 3; i++) {
            client.get(PROFILE_PATH);
            broker.refuseTokens("AG8001");
        }

        assertThat(broker.logins()).extracting(FakeAngelOne.Request::at)
                .containsExactly(MORNING, MORNING.plusSeconds(1), MORNING.plusSeconds(2));
        assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void concurrentCallersWaitForTheOneLoginAndShareItsSession() {
        List<String> outcomes = callConcurrently(client, 8);

        assertThat(outcomes).hasSize(8).containsOnly("A123");
        assertThat(broker.logins()).hasSize(1);
        assertThat(broker.requests(PROFILE_PATH)).hasSize(8)
                .allSatisfy(request -> assertThat(request.headers()).containsEntry("authorization", "Bearer jwt-1"));
    }

    @Test
    void callersWaitingForARefusedLoginShareTheRefusalSoAWrongPinIsTriedOnce() {
        SmartApiClient wrongPin = client(new AngelOneCredentials(new Secret("api-key-1"), "A123", new Secret("9999"),
                new Secret(TOTP_SECRET)));

        assertThat(callConcurrently(wrongPin, 5)).hasSize(5).containsOnly("AB1000");
        assertThat(broker.logins()).hasSize(1);
    }

    @Test
    void aRefusedWebSocketSessionIsReplacedOnceHoweverOftenItIsReported() {
        SmartApiSession first = client.session();
        client.sessionRefused(first);
        client.sessionRefused(first);

        SmartApiSession second = client.session();
        client.sessionRefused(first);

        assertThat(client.session()).isEqualTo(second);
        assertThat(broker.logins()).hasSize(2);
        assertThat(client.webSocketHeaders(second)).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Authorization", "Bearer jwt-2", "x-api-key", "api-key-1", "x-client-code", "A123",
                "x-feed-token", "feed-2"));
        assertThat(second.toString()).doesNotContain("jwt-2", "refresh-2", "feed-2");
    }

    private List<Bar> firstMinutes() {
        return client.candles(Exchange.NSE, new InstrumentToken("2885"), Interval.ONE_MINUTE,
                LocalDateTime.of(2025, 1, 2, 9, 15), LocalDateTime.of(2025, 1, 2, 9, 16));
    }

    /**
     * Starts {@code callers} threads that each fetch the profile while logins are held, releases the login once
     * all of them wait, and returns each one's client code or error code.
     */
    private List<String> callConcurrently(SmartApiClient api, int callers) {
        broker.holdLogins();
        List<String> outcomes = new CopyOnWriteArrayList<>();
        List<Thread> threads = IntStream.range(0, callers).mapToObj(i -> Thread.ofPlatform().start(() -> {
            try {
                outcomes.add(api.get(PROFILE_PATH).path("clientcode").asString());
            } catch (SmartApiException e) {
                outcomes.add(e.code());
            }
        })).toList();
        var waiting = EnumSet.of(Thread.State.WAITING, Thread.State.TIMED_WAITING, Thread.State.BLOCKED);
        await().until(() -> broker.requests(LOGIN_PATH).size() == 1
                && threads.stream().allMatch(thread -> waiting.contains(thread.getState())));
        broker.releaseLogins();
        await().until(() -> threads.stream().noneMatch(Thread::isAlive));
        return outcomes;
    }

    private SmartApiClient client(AngelOneCredentials credentials) {
        return new SmartApiClient(broker.apiUrl(), credentials, new JsonMapper(), clock, clock);
    }
}
