package com.algotrading.common.smartapi;

import java.util.Map;
import java.util.Set;

/**
 * A call Angel One refused. The broker's code is data ({@link #code()}); the message turns it into a sentence a
 * trader can act on and keeps the broker's own words. A refusal without a broker code (a plain-text 403, an HTML
 * 502) carries {@code HTTP<status>}.
 */
public final class SmartApiException extends RuntimeException {

    /** Tokens the broker no longer accepts: a new login (or, for an expired one, a refresh) fixes them. */
    private static final Set<String> SESSION_ENDED = Set.of("AG8001", "AG8002", "AG8003", "AB1010", "AB1011");
    private static final Set<String> RATE_LIMITED = Set.of("HTTP403", "HTTP429");
    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("AG8001", "invalid session token: log in again"),
            Map.entry("AG8002", "session token expired: log in again"),
            Map.entry("AG8003", "session token missing"),
            Map.entry("AG8004", "invalid or missing API key (ANGEL_ONE_API_KEY)"),
            Map.entry("AB8050", "invalid refresh token: log in again"),
            Map.entry("AB8051", "refresh token expired: log in again"),
            Map.entry("AB1000", "invalid client code or PIN (ANGEL_ONE_CLIENT_ID, ANGEL_ONE_PASSWORD)"),
            Map.entry("AB1001", "invalid client code (ANGEL_ONE_CLIENT_ID)"),
            Map.entry("AB1002", "invalid PIN length (ANGEL_ONE_PASSWORD)"),
            Map.entry("AB1004", "Angel One had an internal problem; retry later"),
            Map.entry("AB1006", "the client is blocked for trading"),
            Map.entry("AB1007", "login refused (wrong PIN or TOTP? check ANGEL_ONE_TOTP_SECRET and the clock)"),
            Map.entry("AB1010", "Angel One session expired: log in again"),
            Map.entry("AB1011", "the client is not logged in"),
            Map.entry("AB2000", "Angel One reported an unspecified error"),
            Map.entry("AB2001", "Angel One reported an internal error"),
            Map.entry("HTTP403", "rate limit exceeded: Angel One throttles each endpoint per second"),
            Map.entry("HTTP429", "rate limit exceeded: Angel One throttles each endpoint per second"));

    private final String code;
    private final String brokerMessage;

    public SmartApiException(String code, String brokerMessage) {
        super(MEANINGS.getOrDefault(code, "Angel One refused the request") + " [" + code + ": " + brokerMessage + "]");
        this.code = code;
        this.brokerMessage = brokerMessage;
    }

    /** The broker's error code ({@code AB1007}, {@code AG8001}, ...) or {@code HTTP<status>} when it sent none. */
    public String code() {
        return code;
    }

    /** What the broker said, as it said it. */
    public String brokerMessage() {
        return brokerMessage;
    }

    /** Angel One answers too many requests with a plain-text HTTP 403 (sometimes 429): wait and retry. */
    public boolean isRateLimit() {
        return RATE_LIMITED.contains(code);
    }

    /** The session token was refused: invalid, expired, missing, or the broker's session ended. */
    public boolean isSessionEnded() {
        return SESSION_ENDED.contains(code);
    }

    /** Whether the answer leaves open if the broker acted: a body that is no envelope on 2xx, or any 5xx. */
    public boolean isAmbiguous() {
        return code.startsWith("HTTP2") || code.startsWith("HTTP5");
    }

    /** Only the access token expired, so the refresh token may still renew the session without a login. */
    boolean isTokenExpired() {
        return code.equals("AG8002");
    }
}
