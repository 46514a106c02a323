package com.algotrading.trading.live;

import java.util.List;

/** The answer of {@code GET /api/v1/readiness}: ready when every check passed. */
public record ReadinessReport(boolean ready, List<ReadinessCheck> checks) {

    public ReadinessReport {
        checks = List.copyOf(checks);
    }

    static ReadinessReport of(List<ReadinessCheck> checks) {
        return new ReadinessReport(checks.stream().allMatch(ReadinessCheck::ok), checks);
    }

    /** The failed checks in one line, the halt's reason. */
    public String failures() {
        return String.join("; ", checks.stream().filter(check -> !check.ok())
                .map(check -> check.name() + ": " + check.detail()).toList());
    }
}
