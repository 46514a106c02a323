package com.algotrading.trading.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is asking, for the audit log: the dashboard passes the logged-in user or the API key's owner in
 * {@code X-Actor} (trusted because only holders of the service token reach this service outside local).
 */
public final class Caller {

    public static final String HEADER = "X-Actor";
    private static final int MAX_LENGTH = 100;

    private Caller() {
    }

    public static String of(HttpServletRequest request) {
        String actor = request.getHeader(HEADER);
        if (actor == null || actor.isBlank()) {
            return "api";
        }
        String clean = actor.strip().replaceAll("[^\\p{Alnum}@._:+-]", "_");
        return clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) : clean;
    }
}
