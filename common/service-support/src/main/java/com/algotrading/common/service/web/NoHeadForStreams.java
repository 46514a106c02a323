package com.algotrading.common.service.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;

import java.util.List;

/**
 * A stream (Server-Sent Events, any {@link ResponseBodyEmitter}) answers HEAD with 405: Spring MVC would answer it as
 * a GET and hold the stream open with no body to send, and a client that reuses its connection would then wait for
 * ever on its next request. A stream has no length or version for HEAD to report.
 */
final class NoHeadForStreams implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpRequestMethodNotSupportedException {
        if (HttpMethod.HEAD.matches(request.getMethod()) && handler instanceof HandlerMethod method
                && ResponseBodyEmitter.class.isAssignableFrom(method.getReturnType().getParameterType())) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), List.of(HttpMethod.GET.name()));
        }
        return true;
    }
}
