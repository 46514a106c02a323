package com.algotrading.dashboard.status;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The status page ({@code static/index.html}) at {@code /}, whatever the request accepts. Spring Boot's welcome
 * page answers a request that does not accept HTML with an empty 406, not a problem detail; the page is the only
 * thing at {@code /}, so it is the answer.
 */
@Configuration
class HomePage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/index.html");
    }
}
