package com.algotrading.common.service;

import com.algotrading.common.settings.PlatformSettings;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** The platform settings as a bean in every service. */
@AutoConfiguration
public class PlatformSettingsConfiguration {

    /** Read from Spring's environment (not only the process's), so tests can set the same variables as properties. */
    @Bean
    @ConditionalOnMissingBean
    PlatformSettings platformSettings(Environment environment) {
        return PlatformSettings.from(environment::getProperty);
    }
}
