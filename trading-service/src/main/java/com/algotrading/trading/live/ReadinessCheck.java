package com.algotrading.trading.live;

/** One pre-trade check as {@code GET /api/v1/readiness} shows it: its stable name, whether it passed, and why. */
public record ReadinessCheck(String name, boolean ok, String detail) {

    static ReadinessCheck passed(String name, String detail) {
        return new ReadinessCheck(name, true, detail);
    }

    static ReadinessCheck failed(String name, String detail) {
        return new ReadinessCheck(name, false, detail);
    }
}
