package com.algotrading.common.service.web;

import com.algotrading.common.settings.PlatformSettings;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What every service's HTTP API shares: problem details for every error (the advice, unless the service subclasses
 * it, and the container's error page), a lenient reading of the Accept header, no HEAD for a stream, and the
 * service-token check unless the service opts out with {@code platform.service-token.required: false} (the
 * dashboard, which authenticates its users itself).
 */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PlatformWebConfiguration {

    /** Runs after the request wrappers (encoding, request context) and before anything that answers. */
    private static final int SERVICE_TOKEN_ORDER = 0;

    @Bean
    WebMvcConfigurer platformMvcConfigurer() {
        return new PlatformMvcConfigurer();
    }

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ProblemDetailsHandler problemDetailsHandler() {
        return new ProblemDetailsHandler();
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /** Absent locally: a run on loopback needs no token, so the documented curl examples work as written. */
    @Bean
    @ConditionalOnBooleanProperty(name = "platform.service-token.required", matchIfMissing = true)
    FilterRegistrationBean<ServiceTokenFilter> serviceTokenFilter(PlatformSettings settings,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<ServiceTokenFilter> registration = new FilterRegistrationBean<>(
                new ServiceTokenFilter(settings.serviceToken().value(), problems));
        registration.setOrder(SERVICE_TOKEN_ORDER);
        registration.setEnabled(!settings.environment().isLocal());
        return registration;
    }
}
