package com.algotrading.common.service.web;

import com.algotrading.common.settings.PlatformSettings;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What every service's HTTP API shares: problem details for every error (the advice, unless the service subclasses
 * it, the container's error page and Tomcat's error report), a lenient reading of the Accept header, no HEAD for a
 * stream, and the service-token check unless the service opts out with {@code platform.service-token.required:
 * false} (the dashboard, which authenticates its users itself).
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

    /**
     * Tomcat's error report as a problem detail: Spring Boot's own valve (HTML without server info) goes, and the
     * host is told ours is its error report valve, so it adds no default one of its own. Runs after Boot's
     * customizer, which is the one that added the valve this removes.
     */
    @Bean
    @Order
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            StandardHost host = (StandardHost) context.getParent();
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            host.getPipeline().addValve(new ProblemErrorReportValve());
        });
    }

    /**
     * Refuses nothing locally: a run on loopback needs no token, so the documented curl examples work as written;
     * a request with the token is still marked as the platform's ({@link ServiceCaller}).
     */
    @Bean
    @ConditionalOnBooleanProperty(name = "platform.service-token.required", matchIfMissing = true)
    FilterRegistrationBean<ServiceTokenFilter> serviceTokenFilter(PlatformSettings settings,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<ServiceTokenFilter> registration = new FilterRegistrationBean<>(
                new ServiceTokenFilter(settings.serviceToken().value(), !settings.environment().isLocal(), problems));
        registration.setOrder(SERVICE_TOKEN_ORDER);
        return registration;
    }
}
