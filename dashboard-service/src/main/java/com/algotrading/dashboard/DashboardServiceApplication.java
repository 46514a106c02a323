package com.algotrading.dashboard;

import com.algotrading.common.service.PlatformApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Web UI, public REST API and authentication; calls the other services over HTTP. */
@SpringBootApplication
public class DashboardServiceApplication {

    public static void main(String[] args) {
        PlatformApplication.run(DashboardServiceApplication.class, args, false);
    }
}
