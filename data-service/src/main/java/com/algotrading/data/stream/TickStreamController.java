package com.algotrading.data.stream;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class TickStreamController {

    private final TickBroadcaster broadcaster;
    private final StreamSymbols symbols;

    TickStreamController(TickBroadcaster broadcaster, StreamSymbols symbols) {
        this.broadcaster = broadcaster;
        this.symbols = symbols;
    }

    /**
     * The last price of each instrument as Server-Sent Events ({@code event: tick}, no id). Without {@code symbols},
     * every instrument of the live feed. A client that falls behind gets the newest tick of each instrument and skips
     * the older ones; a reconnecting client starts again from the next tick, so there is no Last-Event-ID.
     */
    @GetMapping(path = "/api/v1/stream/ticks", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter ticks(@RequestParam(required = false) String symbols) {
        return broadcaster.subscribe(this.symbols.instrumentIds(symbols));
    }
}
