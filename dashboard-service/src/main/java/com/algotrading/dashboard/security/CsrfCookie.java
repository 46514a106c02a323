package com.algotrading.dashboard.security;

import com.algotrading.dashboard.apikeys.ApiKeyFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Makes every browser answer carry the {@code XSRF-TOKEN} cookie. Spring Security loads the token lazily and writes
 * the cookie only when something reads it; a page's script needs the cookie before its first state-changing call.
 */
final class CsrfCookie extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!ApiKeyFilter.sendsKey(request) && request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
            token.getToken();
        }
        chain.doFilter(request, response);
    }
}
