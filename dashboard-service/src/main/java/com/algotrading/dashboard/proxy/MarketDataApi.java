package com.algotrading.dashboard.proxy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;

/**
 * Read access to the data-service's instruments, candles and its bar and tick streams (its imports and backfills stay
 * internal).
 */
@RestController
class MarketDataApi {

    private final Forwarder forwarder;
    private final Upstream data;

    MarketDataApi(Forwarder forwarder, Upstreams upstreams) {
        this.forwarder = forwarder;
        this.data = upstreams.data();
    }

    @GetMapping({"/api/v1/instruments", "/api/v1/candles", "/api/v1/stream/bars", "/api/v1/stream/ticks"})
    void search(HttpServletRequest request, HttpServletResponse response) throws IOException {
        forwarder.forward(data, request, response);
    }

    @GetMapping("/api/v1/instruments/{exchange}/{tradingSymbol}")
    void instrument(@PathVariable String exchange, @PathVariable String tradingSymbol, HttpServletRequest request,
                    HttpServletResponse response) throws IOException {
        forwarder.forward(data, request, response);
    }
}
