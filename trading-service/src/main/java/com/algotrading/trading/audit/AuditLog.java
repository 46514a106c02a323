package com.algotrading.trading.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The append-only record of what the trading service decided and who asked: order state changes, risk denials, the
 * kill switch, limit changes, reconciliation corrections. Written in the caller's transaction, so a change and its
 * audit entry commit together. Each entry written is also published as an application event, for listeners of what
 * was decided (metrics, alerts) to take after the commit ({@code @TransactionalEventListener}): {@link #recordAll}
 * does so itself, a write that appends its entries in its own statement ({@link #appendedWhen}) calls
 * {@link #announce} once they are written.
 */
@Component
public class AuditLog {

    /** One entry; {@code details} is a JSON object. */
    public record Entry(Instant time, String actor, String action, String details) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    private final ApplicationEventPublisher events;

    AuditLog(JdbcClient jdbc, ObjectMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    public void record(Instant time, String actor, String action, Map<String, ?> details) {
        recordAll(List.of(entry(time, actor, action, details)));
    }

    /** An entry to write, its details as JSON. */
    public Entry entry(Instant time, String actor, String action, Map<String, ?> details) {
        return new Entry(time, actor, action, json.writeValueAsString(details));
    }

    /** Writes entries in order, in one statement: several changes of one transaction cost one round trip. */
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Appended insert = appendedWhen(null, entries);
        jdbc.sql(insert.sql()).params(insert.params()).update();
        announce(entries);
    }

    /** Publishes entries that were written, for the listeners of what was decided. */
    public void announce(List<Entry> entries) {
        entries.forEach(events::publishEvent);
    }

    /**
     * The {@code INSERT} that writes {@code entries} when the common table expression {@code source} of the same
     * statement has a row (or always, for a null source). A write that must commit with its audit entries then takes a
     * single statement, and so a single round trip, instead of a transaction of several.
     */
    public Appended appendedWhen(String source, List<Entry> entries) {
        StringBuilder sql = new StringBuilder("INSERT INTO audit_log (occurred_at, actor, action, details)"
                + " SELECT v.occurred_at, v.actor, v.action, v.details::jsonb FROM (VALUES ");
        List<Object> params = new ArrayList<>(entries.size() * 4);
        for (Entry entry : entries) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?::timestamptz, ?, ?, ?)");
            params.addAll(List.of(Timestamp.from(entry.time()), entry.actor(), entry.action(), entry.details()));
        }
        sql.append(") AS v (occurred_at, actor, action, details)");
        if (source != null) {
            sql.append(" WHERE EXISTS (SELECT 1 FROM ").append(source).append(')');
        }
        return new Appended(sql.toString(), params);
    }

    /** A statement and its parameters, in order. */
    public record Appended(String sql, List<Object> params) {
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
