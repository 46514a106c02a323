package com.algotrading.common.service.metrics;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * {@code ErrorCount}: the service's error log events and its 5xx answers, counted together (the deployment guide's
 * "Error Count"; the alarm fires on a burst). A 5xx that is also logged as an error counts twice: either alone is
 * worth a look.
 */
final class ErrorCount extends OncePerRequestFilter implements DisposableBean {

    static final String NAME = "ErrorCount";

    private final Counter errors;
    private final AppenderBase<ILoggingEvent> errorLogs = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.ERROR)) {
                errors.increment();
            }
        }
    };

    ErrorCount(MeterRegistry meters) {
        this.errors = Counter.builder(NAME).description("error log events and 5xx answers").register(meters);
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
            errorLogs.setContext(logback);
            errorLogs.setName(NAME);
            errorLogs.start();
            logback.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(errorLogs);
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            errors.increment();
            throw e;
        }
        if (response.getStatus() >= 500) {
            errors.increment();
        }
    }

    @Override
    public void destroy() {
        if (errorLogs.getContext() instanceof LoggerContext logback) {
            logback.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(errorLogs);
        }
        errorLogs.stop();
    }
}
