package com.algotrading.common.smartapi;

import java.time.Instant;

/**
 * A logged-in session: the JWT every REST call and WebSocket carries, the refresh token that renews it, and the feed
 * token of the market-data WebSocket. Angel One ends every session at midnight IST ({@code validUntil}).
 * {@link #toString()} shows no token.
 */
public record SmartApiSession(String jwtToken, String refreshToken, String feedToken, Instant validUntil) {

    public SmartApiSession {
        if (blank(jwtToken) || blank(refreshToken) || blank(feedToken)) {
            throw new SmartApiException("NO_TOKENS", "the answer lacked the jwtToken, refreshToken or feedToken");
        }
    }

    private static boolean blank(String token) {
        return token == null || token.isBlank();
    }

    /** Whether the broker still honours the session at {@code now} (it ends at midnight IST). */
    public boolean validAt(Instant now) {
        return now.isBefore(validUntil);
    }

    @Override
    public String toString() {
        return "SmartApiSession[validUntil=" + validUntil + ", tokens=******]";
    }
}
