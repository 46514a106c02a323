package com.algotrading.dashboard.security;

import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.common.service.web.StandardProblem;
import com.algotrading.dashboard.apikeys.ApiKeyFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;

/**
 * How a refused request is answered: a browser asking for a page is sent to the login page; everything else gets
 * the 401 {@code /problems/unauthorized} or 403 {@code /problems/forbidden} problem, written by the service's advice.
 */
final class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** A browser navigating: a GET that accepts HTML and sends no key. */
    static final RequestMatcher BROWSER_PAGE = request -> HttpMethod.GET.matches(request.getMethod())
            && !ApiKeyFilter.sendsKey(request) && request.getHeader(HttpHeaders.ACCEPT) != null
            && request.getHeader(HttpHeaders.ACCEPT).contains(MediaType.TEXT_HTML_VALUE);

    private final HandlerExceptionResolver problems;

    Refusals(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (BROWSER_PAGE.matches(request)) {
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        ApiProblem problem = new ApiProblem(StandardProblem.UNAUTHORIZED,
                "log in (POST /login) or send an API key as '" + ApiKeyFilter.HEADER + ": <key>'");
        problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "ApiKey header=\"" + ApiKeyFilter.HEADER + "\"");
        problems.resolveException(request, response, null, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       org.springframework.security.access.AccessDeniedException e) {
        String detail = e instanceof CsrfException
                ? "a browser session sends state-changing requests with the XSRF-TOKEN cookie's value in the "
                + "X-XSRF-TOKEN header (or the form's _csrf field)"
                : "your role or your key's scope does not allow " + request.getMethod() + " " + request.getRequestURI();
        problems.resolveException(request, response, null, new ApiProblem(StandardProblem.FORBIDDEN, detail));
    }
}
