package com.algotrading.trading.audit;

import com.algotrading.common.market.IstTime;
import com.algotrading.trading.web.TimeRange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

@RestController
class AuditController {

    private static final int MAX_ENTRIES = 10_000;

    record EntryView(OffsetDateTime time, String actor, String action, JsonNode details) {
    }

    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    AuditController(AuditLog audit, ObjectMapper json, Clock clock) {
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Oldest first, at most 10,000 entries of [from, to) (default: today, IST). */
    @GetMapping("/api/v1/audit")
    List<EntryView> between(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        TimeRange range = TimeRange.parse(from, to, clock);
        return audit.between(range.from(), range.to(), MAX_ENTRIES).stream()
                .map(entry -> new EntryView(OffsetDateTime.ofInstant(entry.time(), IstTime.ZONE), entry.actor(),
                        entry.action(), json.readTree(entry.details())))
                .toList();
    }
}
