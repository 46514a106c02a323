package com.algotrading.common.service.web;

import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/** How every service's Spring MVC reads a request: the Accept header leniently, and no HEAD for a stream. */
final class PlatformMvcConfigurer implements WebMvcConfigurer {

    /** The Accept header, read leniently, is the only content-negotiation strategy, as Spring's default is. */
    @Override
    public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
        negotiation.strategies(List.of(new LenientAcceptHeader()));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NoHeadForStreams());
    }
}
