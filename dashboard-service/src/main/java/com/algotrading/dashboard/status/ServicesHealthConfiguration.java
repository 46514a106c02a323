package com.algotrading.dashboard.status;

import com.algotrading.common.settings.PlatformSettings;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard's health names the services behind it: {@code tradingService} and {@code dataService}. */
@Configuration(proxyBeanMethods = false)
class ServicesHealthConfiguration {

    @Bean
    HealthContributor tradingServiceHealthContributor(ServiceHealthClient client, PlatformSettings settings) {
        return new ServiceComponentsHealth(client, settings.tradingServiceUrl());
    }

    @Bean
    HealthContributor dataServiceHealthContributor(ServiceHealthClient client, PlatformSettings settings) {
        return new ServiceComponentsHealth(client, settings.dataServiceUrl());
    }
}
