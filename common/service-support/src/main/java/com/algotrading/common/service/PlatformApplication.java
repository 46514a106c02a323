package com.algotrading.common.service;

import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.StartupCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** How every service starts: validate the platform settings before Spring (one line and exit 2 on a bad value), then run with the environment's profile. */
public final class PlatformApplication {

    private PlatformApplication() {
    }

    /**
     * @param liveNeedsCredentials whether this service refuses live mode without the Angel One credentials
     */
    public static ConfigurableApplicationContext run(Class<?> application, String[] args, boolean liveNeedsCredentials) {
        PlatformSettings settings = StartupCheck.settingsOrExit(System.getenv(), liveNeedsCredentials);
        SpringApplication spring = new SpringApplication(application);
        spring.setAdditionalProfiles(settings.environment().profile());
        return spring.run(args);
    }
}
