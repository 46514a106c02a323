package com.algotrading.common.service;

import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.StartupCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * How every service starts: validate the platform settings before Spring (one line per bad value and exit 2), then
 * run with the environment's profile.
 */
public final class PlatformApplication {

    /**
     * The first argument that starts a service. The trading-service jar, a command-line tool too, needs it on a
     * terminal; the other services start whatever their arguments, so the Dockerfiles can pass it to all three.
     */
    public static final String SERVE = "serve";

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
