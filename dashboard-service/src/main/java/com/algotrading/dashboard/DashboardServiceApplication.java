package com.algotrading.dashboard;

import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.StartupCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/** Web UI, public REST API and authentication; calls the other services over HTTP. */
@SpringBootApplication
public class DashboardServiceApplication {

    public static void main(String[] args) {
        PlatformSettings settings = StartupCheck.settingsOrExit(System.getenv(), false);
        SpringApplication application = new SpringApplication(DashboardServiceApplication.class);
        application.setAdditionalProfiles(settings.environment().profile());
        application.run(args);
    }

    /** Read from Spring's environment so tests can set the same variables as properties. */
    @Bean
    PlatformSettings platformSettings(Environment environment) {
        return PlatformSettings.from(environment::getProperty);
    }
}
