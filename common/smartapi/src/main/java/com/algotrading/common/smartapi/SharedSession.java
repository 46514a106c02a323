package com.algotrading.common.smartapi;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.settings.AngelOneCredentials;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The one session of a client (the policy {@link SmartApiClient} describes). One renewal runs at a time: callers
 * that need a session while it runs wait for it and share its outcome, a refused login included, so a wrong PIN is
 * tried once, not once per waiting thread.
 */
final class SharedSession {

    private static final Logger log = LoggerFactory.getLogger(SharedSession.class);
    private static final int TOTP_STEP_SECONDS = 30;

    private final SmartApiHttp http;
    private final AngelOneCredentials credentials;
    private final Clock clock;
    /** Login and generateTokens are each limited to one a second; sharing one pace keeps both under it. */
    private final Pace renewals;
    private SmartApiSession current;
    private CompletableFuture<SmartApiSession> renewal;

    SharedSession(SmartApiHttp http, AngelOneCredentials credentials, Clock clock, Sleeper sleeper) {
        this.http = http;
        this.credentials = credentials;
        this.clock = clock;
        this.renewals = Pace.perSecond(1, clock, sleeper);
    }

    /** The session, logging in first when there is none or it ended at midnight IST. */
    SmartApiSession current() {
        return obtain(null, false);
    }

    /** Whether a session is held that has not ended yet (no login is made to find out). */
    synchronized boolean held() {
        return current != null && current.validAt(clock.instant());
    }

    /** A call with {@code refused} was refused for its token: a new session, unless another caller already has one. */
    SmartApiSession renew(SmartApiSession refused, SmartApiException cause) {
        return obtain(refused, cause.isTokenExpired());
    }

    /** Something outside REST (a WebSocket handshake) refused the session: the next caller logs in again. */
    synchronized void forget(SmartApiSession refused) {
        if (refused.equals(current)) {
            current = null;
        }
    }

    private SmartApiSession obtain(SmartApiSession refused, boolean refreshFirst) {
        CompletableFuture<SmartApiSession> pending;
        boolean leader = false;
        synchronized (this) {
            if (current != null && !current.equals(refused) && current.validAt(clock.instant())) {
                return current;
            }
            if (renewal == null) {
                renewal = new CompletableFuture<>();
                leader = true;
            }
            pending = renewal;
        }
        return leader ? lead(pending, refused, refreshFirst) : follow(pending);
    }

    private SmartApiSession lead(CompletableFuture<SmartApiSession> pending, SmartApiSession refused,
                                 boolean refreshFirst) {
        SmartApiSession renewed;
        try {
            renewed = refreshFirst && refused.validAt(clock.instant()) ? refreshOrLogin(refused) : login();
        } catch (RuntimeException e) {
            finish(null);
            pending.completeExceptionally(e);
            throw e;
        }
        finish(renewed);
        pending.complete(renewed);
        return renewed;
    }

    private synchronized void finish(SmartApiSession renewed) {
        if (renewed != null) {
            current = renewed;
        }
        renewal = null;
    }

    private static SmartApiSession follow(CompletableFuture<SmartApiSession> pending) {
        try {
            return pending.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Angel One login", e);
        }
    }

    private SmartApiSession refreshOrLogin(SmartApiSession expired) {
        renewals.await();
        try {
            return session(http.post(SmartApiClient.REFRESH_PATH, expired,
                    Map.of("refreshToken", expired.refreshToken())));
        } catch (SmartApiException e) {
            log.info("Angel One refused the token refresh ({}); logging in again", e.code());
            return login();
        }
    }

    private SmartApiSession login() {
        renewals.await();
        SmartApiSession session = session(http.post(SmartApiClient.LOGIN_PATH, null, Map.of(
                "clientcode", credentials.clientId(), "password", credentials.password().value(), "totp", totp())));
        log.info("Logged in to Angel One as {}; the session ends at {}", credentials.clientId(), session.validUntil());
        return session;
    }

    /** Login and generateTokens answer the same three tokens; the session lasts until the next midnight IST. */
    private SmartApiSession session(JsonNode data) {
        Instant now = clock.instant();
        return new SmartApiSession(data.path("jwtToken").asString(""), data.path("refreshToken").asString(""),
                data.path("feedToken").asString(""), IstTime.startOfDay(IstTime.date(now).plusDays(1)));
    }

    /** The current RFC 6238 code: HMAC-SHA1, 6 digits, 30 s step, from the injected clock. */
    private String totp() {
        try {
            return new DefaultCodeGenerator().generate(credentials.totpSecret().value(),
                    Math.floorDiv(clock.instant().getEpochSecond(), TOTP_STEP_SECONDS));
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("cannot generate a TOTP from ANGEL_ONE_TOTP_SECRET", e);
        }
    }
}
