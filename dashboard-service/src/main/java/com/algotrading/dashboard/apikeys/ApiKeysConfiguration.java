package com.algotrading.dashboard.apikeys;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ApiKeysConfiguration {

    /** The key filter runs inside the security filter chain only, not a second time as a servlet filter. */
    @Bean
    FilterRegistrationBean<ApiKeyFilter> apiKeyFilterOutsideTheChain(ApiKeyFilter filter) {
        FilterRegistrationBean<ApiKeyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }
}
