package com.algotrading.data.feed.angelone;

import java.util.Map;

/** A call Angel One refused, with the broker's code turned into a sentence a trader can act on. */
public class AngelOneException extends RuntimeException {

    private static final Map<String, String> MEANINGS = Map.ofEntries(
            Map.entry("AG8001", "invalid session token: log in again"),
            Map.entry("AG8002", "session token expired: log in again"),
            Map.entry("AG8003", "session token missing"),
            Map.entry("AG8004", "invalid or missing API key (ANGEL_ONE_API_KEY)"),
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
            Map.entry("HTTP403", "rate limit exceeded: Angel One throttles each endpoint per second"));

    private final String code;

    public AngelOneException(String code, String brokerMessage) {
        super(MEANINGS.getOrDefault(code, "Angel One refused the request") + " [" + code + ": " + brokerMessage + "]");
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Angel One answers too many requests with a plain-text HTTP 403. */
    public static AngelOneException rateLimited(String body) {
        return new AngelOneException("HTTP403", body.strip());
    }

    public boolean isRateLimit() {
        return code.equals("HTTP403");
    }
}
