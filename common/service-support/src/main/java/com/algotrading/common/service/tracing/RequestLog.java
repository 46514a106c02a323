package com.algotrading.common.service.tracing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * One line per answered API call ({@code /api/**}): method, path, status and time, inside the request's trace, so a
 * trace id finds every service a request went through. The query string is left out (it may carry a search), and
 * with it anything but the path. {@code logging.level.com.algotrading.common.service.tracing.RequestLog=WARN} silences it.
 */
final class RequestLog extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/") || !log.isInfoEnabled();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            log.info("{} {} {} in {} ms", request.getMethod(), request.getRequestURI(), response.getStatus(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
