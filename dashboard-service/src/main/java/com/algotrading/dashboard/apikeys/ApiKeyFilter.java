package com.algotrading.dashboard.apikeys;

import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.common.service.web.StandardProblem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;

/**
 * Authenticates a request that sends {@code X-API-Key}, in the security filter chain (not as a servlet filter of its
 * own): an unknown or revoked key is a 401, a key over its rate limit a 429 with {@code Retry-After}, both problem
 * details written by the service's advice. A request without the header passes on to the session login.
 */
@Component
public class ApiKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-API-Key";

    private final ApiKeys keys;
    private final KeyRateLimits limits;
    private final HandlerExceptionResolver problems;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApiKeyFilter(ApiKeys keys, KeyRateLimits limits,
                 @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        this.keys = keys;
        this.limits = limits;
        this.problems = problems;
    }

    /** Whether the request authenticates with a key (so it carries no session and needs no CSRF token). */
    public static boolean sendsKey(HttpServletRequest request) {
        return request.getHeader(HEADER) != null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        var holder = keys.holder(key.strip());
        if (holder.isEmpty()) {
            ApiProblem unknown = new ApiProblem(StandardProblem.UNAUTHORIZED, "the API key is unknown or revoked");
            unknown.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + HEADER + "\"");
            problems.resolveException(request, response, null, unknown);
            return;
        }
        if (!limits.tryAcquire(holder.get().keyId(), request)) {
            ApiProblem limited = new ApiProblem(StandardProblem.RATE_LIMITED,
                    "this key is over its rate limit; try again in a second");
            limited.getHeaders().set(HttpHeaders.RETRY_AFTER, String.valueOf(KeyRateLimits.PERIOD.toSeconds()));
            problems.resolveException(request, response, null, limited);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiKeyAuthentication(holder.get().owner(), holder.get().keyId(),
                holder.get().role()));
        contexts.setContext(context);
        chain.doFilter(request, response);
    }
}
