package com.algotrading.dashboard.status;

import com.algotrading.common.settings.PlatformSettings;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** {@code GET /api/v1/platform/status}: the home page's data. */
@RestController
class PlatformStatusController {

    private final PlatformSettings settings;
    private final ServiceHealthClient health;
    private final ApplicationAvailability availability;

    PlatformStatusController(PlatformSettings settings, ServiceHealthClient health,
                             ApplicationAvailability availability) {
        this.settings = settings;
        this.health = health;
        this.availability = availability;
    }

    @GetMapping("/api/v1/platform/status")
    PlatformStatus status() {
        try (ExecutorService checks = Executors.newVirtualThreadPerTaskExecutor()) {
            var trading = CompletableFuture.supplyAsync(
                    () -> health.check("trading-service", settings.tradingServiceUrl()), checks);
            var data = CompletableFuture.supplyAsync(
                    () -> health.check("data-service", settings.dataServiceUrl()), checks);
            return new PlatformStatus(settings.environment().profile(), settings.paperTrading(),
                    List.of(ownHealth(), trading.join(), data.join()));
        }
    }

    private ServiceHealth ownHealth() {
        boolean ready = availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
        return new ServiceHealth("dashboard-service", "", ready ? "UP" : "OUT_OF_SERVICE");
    }
}
