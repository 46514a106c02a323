package com.algotrading.common.service.tracing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.Map;

/** A service with one endpoint that shows the trace it runs in and the headers a call it made would carry. */
@SpringBootApplication
class TracedApi {

    @RestController
    static class Trace {

        private final CurrentTrace trace;

        Trace(CurrentTrace trace) {
            this.trace = trace;
        }

        @GetMapping("/api/v1/trace")
        Map<String, String> trace() {
            Map<String, String> seen = new LinkedHashMap<>();
            seen.put("traceId", trace.traceId().orElse("none"));
            trace.inject(seen::put);
            return seen;
        }
    }
}
