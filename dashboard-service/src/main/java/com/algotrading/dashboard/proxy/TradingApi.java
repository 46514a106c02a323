package com.algotrading.dashboard.proxy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * Every trading path of the contract ({@code shared/docs/trading-api.md}), served here with authentication and
 * forwarded as it came to the trading-service. Who may call which is the security rules' business, decided before
 * this. The path variables are declared, though the request is forwarded whole, so the OpenAPI document and the
 * endpoint tests know them.
 */
@RestController
class TradingApi {

    private final Forwarder forwarder;
    private final Upstream trading;

    TradingApi(Forwarder forwarder, Upstreams upstreams) {
        this.forwarder = forwarder;
        this.trading = upstreams.trading();
    }

    @GetMapping({"/api/v1/strategies", "/api/v1/deployments", "/api/v1/orders", "/api/v1/trades", "/api/v1/positions",
            "/api/v1/pnl", "/api/v1/funds", "/api/v1/risk", "/api/v1/audit", "/api/v1/events", "/api/v1/backtests",
            "/api/v1/readiness"})
    void read(HttpServletRequest request, HttpServletResponse response) throws IOException {
        forwarder.forward(trading, request, response);
    }

    @GetMapping({"/api/v1/deployments/{id}", "/api/v1/deployments/{id}/trades", "/api/v1/orders/{id}",
            "/api/v1/backtests/{id}"})
    void readOne(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        forwarder.forward(trading, request, response);
    }

    @PostMapping({"/api/v1/deployments", "/api/v1/orders", "/api/v1/orders/cancel-all", "/api/v1/positions/close-all",
            "/api/v1/risk/kill-switch", "/api/v1/backtests"})
    void create(HttpServletRequest request, HttpServletResponse response) throws IOException {
        forwarder.forward(trading, request, response);
    }

    @PostMapping({"/api/v1/deployments/{id}/start", "/api/v1/deployments/{id}/stop"})
    void startOrStop(@PathVariable String id, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        forwarder.forward(trading, request, response);
    }

    @PostMapping("/api/v1/positions/{symbol}/close")
    void closePosition(@PathVariable String symbol, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        forwarder.forward(trading, request, response);
    }

    @PutMapping("/api/v1/risk/limits")
    void setLimits(HttpServletRequest request, HttpServletResponse response) throws IOException {
        forwarder.forward(trading, request, response);
    }

    @DeleteMapping("/api/v1/risk/kill-switch")
    void releaseKillSwitch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        forwarder.forward(trading, request, response);
    }

    @DeleteMapping({"/api/v1/deployments/{id}", "/api/v1/orders/{id}"})
    void delete(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) throws IOException {
        forwarder.forward(trading, request, response);
    }
}
