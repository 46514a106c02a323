package com.algotrading.common.service.tracing;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Names the request's trace in its answer ({@code traceparent}), before anything is written, so whoever called can
 * quote the trace id when asking what became of the request, an error's answer included.
 */
final class TraceparentAnswer extends OncePerRequestFilter {

    private final CurrentTrace trace;

    TraceparentAnswer(CurrentTrace trace) {
        this.trace = trace;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        trace.inject(response::setHeader);
        chain.doFilter(request, response);
    }
}
