package com.algotrading.common.service.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * Outside {@code ENVIRONMENT=local} a service that takes only its platform's callers (the data-service, the
 * trading-service) answers nothing but {@code /actuator/**} (the load balancer's health checks) unless the request
 * sends the shared service token, {@code Authorization: Bearer <SERVICE_TOKEN>}. A filter, not an MVC interceptor, so
 * the check comes before anything else answers: an anonymous caller learns neither which paths exist nor which
 * methods or media types they take. The refusal is the 401 {@code /problems/service-token-required} problem, written
 * by the same advice as every other error. Locally it refuses nothing, but still marks a request that sent the token
 * ({@link ServiceCaller}), so what a service trusts only from the platform's callers is trusted the same way there.
 */
final class ServiceTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";
    private static final String ACTUATOR = "/actuator";

    private final byte[] token;
    private final boolean refuses;
    private final HandlerExceptionResolver problems;

    /** @param refuses whether a request without the token is refused (outside local) or only left unmarked */
    ServiceTokenFilter(String token, boolean refuses, HandlerExceptionResolver problems) {
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.refuses = refuses;
        this.problems = problems;
    }

    /** The path as the container normalised it (dot segments resolved, decoded), so no spelling of a path slips by. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getServletPath() + Objects.requireNonNullElse(request.getPathInfo(), "");
        return path.equals(ACTUATOR) || path.startsWith(ACTUATOR + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (presentsToken(request.getHeader(HttpHeaders.AUTHORIZATION))) {
            ServiceCaller.mark(request);
            chain.doFilter(request, response);
            return;
        }
        if (!refuses) {
            chain.doFilter(request, response);
            return;
        }
        ApiProblem refusal = new ApiProblem(StandardProblem.SERVICE_TOKEN_REQUIRED,
                "send the platform's service token as 'Authorization: Bearer <SERVICE_TOKEN>'");
        refusal.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        problems.resolveException(request, response, null, refusal);
    }

    /** Constant-time comparison, so the answer's timing tells nothing about how much of a guess was right. */
    private boolean presentsToken(String authorization) {
        return authorization != null && authorization.startsWith(BEARER) && MessageDigest.isEqual(token,
                authorization.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8));
    }
}
