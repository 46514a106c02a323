package com.algotrading.trading.web;

import com.algotrading.common.service.web.ServiceCaller;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is asking, for the audit log: the dashboard passes the logged-in user or the API key's owner in
 * {@code X-Actor}, believed only from a caller that sent the service token (locally too, where the token is not
 * required); anyone else is {@code api}.
 */
public final class Caller {

    public static final String HEADER = "X-Actor";
    private static final String ANYONE = "api";
    private static final int MAX_LENGTH = 100;

    private Caller() {
    }

    public static String of(HttpServletRequest request) {
        String actor = request.getHeader(HEADER);
        if (actor == null || actor.isBlank() || !ServiceCaller.isPlatform(request)) {
            return ANYONE;
        }
        String clean = actor.strip().replaceAll("[^\\p{Alnum}@._:+-]", "_");
        return clean.length() > MAX_LENGTH ? clean.substring(0, MAX_LENGTH) : clean;
    }
}
