package com.algotrading.trading.live;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/readiness}: the pre-trade checks and whether trading may start. */
@RestController
class ReadinessController {

    private final Readiness readiness;

    ReadinessController(Readiness readiness) {
        this.readiness = readiness;
    }

    @GetMapping("/api/v1/readiness")
    ReadinessReport readiness() {
        return readiness.report();
    }
}
