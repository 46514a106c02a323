package com.algotrading.common.service.tracing;

import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.micrometer.tracing.autoconfigure.MicrometerTracingAutoConfiguration;
import org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

/**
 * The services' tracing glue: {@link CurrentTrace} on Boot's tracer (a no-op one where tracing is off, as in test
 * slices), and right inside the request's observation the {@code traceparent} answer header and the request's log
 * line.
 */
@AutoConfiguration(after = {BraveAutoConfiguration.class, MicrometerTracingAutoConfiguration.class})
public class PlatformTracingConfiguration {

    /** Spring MVC's observation filter, which opens the request's span, runs at this order. */
    private static final int OBSERVATION_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 1;

    @Bean
    CurrentTrace currentTrace(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new CurrentTrace(tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<TraceparentAnswer> traceparentAnswer(CurrentTrace trace) {
        FilterRegistrationBean<TraceparentAnswer> registration = new FilterRegistrationBean<>(new TraceparentAnswer(trace));
        registration.setOrder(OBSERVATION_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    FilterRegistrationBean<RequestLog> requestLog() {
        FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
        registration.setOrder(OBSERVATION_FILTER_ORDER + 2);
        return registration;
    }
}
