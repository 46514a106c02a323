package com.algotrading.data.stream;

import com.algotrading.common.market.Interval;
import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.data.web.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
class BarStreamController {

    private final BarBroadcaster broadcaster;
    private final StreamSymbols symbols;

    BarStreamController(BarBroadcaster broadcaster, StreamSymbols symbols) {
        this.broadcaster = broadcaster;
        this.symbols = symbols;
    }

    /**
     * Closed 1-minute bars as Server-Sent Events ({@code event: bar}, {@code id} = publication number). Without
     * {@code symbols}, every instrument of the live feed. Send {@code Last-Event-ID} to resume after a disconnect.
     */
    @GetMapping(path = "/api/v1/stream/bars", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter bars(@RequestParam(required = false) String symbols, @RequestParam(defaultValue = "1m") String interval,
                    @RequestHeader(value = "Last-Event-ID", required = false) Long lastEventId) {
        Interval parsed;
        try {
            parsed = Interval.parse(interval);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ProblemType.UNKNOWN_INTERVAL, e.getMessage());
        }
        if (parsed != Interval.ONE_MINUTE) {
            throw new ApiProblem(ProblemType.UNKNOWN_INTERVAL, "the bar stream carries 1m bars; build "
                    + interval + " bars from them or read them from GET /api/v1/candles");
        }
        return broadcaster.subscribe(this.symbols.instrumentIds(symbols), lastEventId);
    }
}
