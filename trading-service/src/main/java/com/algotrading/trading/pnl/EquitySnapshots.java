package com.algotrading.trading.pnl;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The equity curve: one point a minute while the service is active. */
@Repository
class EquitySnapshots {

    record Point(Instant time, long equity) {
    }

    private final JdbcClient jdbc;

    EquitySnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(Instant time, long equity) {
        jdbc.sql("INSERT INTO equity_snapshots (taken_at, equity) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(Timestamp.from(time), equity).update();
    }

    List<Point> between(Instant from, Instant to) {
        return jdbc.sql("SELECT taken_at, equity FROM equity_snapshots WHERE taken_at >= ? AND taken_at < ?"
                        + " ORDER BY taken_at LIMIT 10000")
                .params(Timestamp.from(from), Timestamp.from(to))
                .query((rs, row) -> new Point(rs.getTimestamp(1).toInstant(), rs.getLong(2))).list();
    }
}
