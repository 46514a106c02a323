package com.algotrading.dashboard;

import com.algotrading.common.service.PlatformApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** Web UI, public REST API and authentication; calls the other services over HTTP. */
@SpringBootApplication
public class DashboardServiceApplication {

    public static void main(String[] args) {
        PlatformApplication.run(DashboardServiceApplication.class, args, false);
    }

    /** Lockouts, key use and TOTP codes read the time from here. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
