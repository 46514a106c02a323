package com.algotrading.data.web;

import com.algotrading.common.settings.PlatformSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Outside {@code ENVIRONMENT=local} the API answers only callers that send the shared service token
 * ({@code Authorization: Bearer <SERVICE_TOKEN>}): the dashboard and the trading-service, never the internet.
 * Actuator endpoints stay open for the load balancer's health checks. A local run on loopback needs no token, so
 * the curl examples of the docs work as written.
 */
@Configuration
class ServiceTokenCheck implements WebMvcConfigurer {

    private static final String BEARER = "Bearer ";

    private final PlatformSettings settings;

    ServiceTokenCheck(PlatformSettings settings) {
        this.settings = settings;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (!settings.environment().isLocal()) {
            registry.addInterceptor(new Interceptor(settings.serviceToken().value().getBytes(StandardCharsets.UTF_8)))
                    .addPathPatterns("/api/**");
        }
    }

    private static final class Interceptor implements HandlerInterceptor {

        private final byte[] token;

        Interceptor(byte[] token) {
            this.token = token;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            // Constant-time comparison, so the answer's timing tells nothing about how much of a guess was right.
            if (authorization != null && authorization.startsWith(BEARER) && MessageDigest.isEqual(token,
                    authorization.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            throw new ApiProblem(ProblemType.SERVICE_TOKEN_REQUIRED,
                    "send the platform's service token as 'Authorization: Bearer <SERVICE_TOKEN>'");
        }
    }
}
