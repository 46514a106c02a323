package com.algotrading.trading.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The append-only record of what the trading service decided and who asked: order state changes, risk denials, the
 * kill switch, limit changes, reconciliation corrections. Written in the caller's transaction, so a change and its
 * audit entry commit together.
 */
@Component
public class AuditLog {

    /** One entry; {@code details} is a JSON object. */
    public record Entry(Instant time, String actor, String action, String details) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditLog(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void record(Instant time, String actor, String action, Map<String, ?> details) {
        jdbc.sql("INSERT INTO audit_log (occurred_at, actor, action, details) VALUES (?, ?, ?, ?::jsonb)")
                .params(Timestamp.from(time), actor, action, json.writeValueAsString(details)).update();
    }

    /** Oldest first within [from, to), at most {@code limit}. */
    public List<Entry> between(Instant from, Instant to, int limit) {
        return jdbc.sql("SELECT occurred_at, actor, action, details::text FROM audit_log"
                        + " WHERE occurred_at >= ? AND occurred_at < ? ORDER BY id LIMIT ?")
                .params(Timestamp.from(from), Timestamp.from(to), limit)
                .query((rs, row) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }
}
