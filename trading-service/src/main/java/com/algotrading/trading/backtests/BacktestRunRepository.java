package com.algotrading.trading.backtests;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code backtest_runs} table: request and result as JSON text. */
@Repository
public class BacktestRunRepository {

    /** A run as stored. */
    public record StoredRun(String id, String status, BigDecimal progress, String request, Optional<String> result,
                     Optional<String> error, Instant createdAt, Optional<Instant> finishedAt) {
    }

    private final JdbcClient jdbc;

    BacktestRunRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void queued(String id, String request, Instant now) {
        jdbc.sql("INSERT INTO backtest_runs (id, status, request, created_at) VALUES (?, 'QUEUED', ?::jsonb, ?)")
                .params(id, request, Timestamp.from(now)).update();
    }

    void progress(String id, double fraction) {
        jdbc.sql("UPDATE backtest_runs SET status = 'RUNNING', progress = ? WHERE id = ?")
                .params(BigDecimal.valueOf(Math.round(fraction * 1000), 3), id).update();
    }

    void done(String id, String result, Instant now) {
        jdbc.sql("UPDATE backtest_runs SET status = 'DONE', progress = 1, result = ?, finished_at = ? WHERE id = ?")
                .params(result, Timestamp.from(now), id).update();
    }

    void failed(String id, String error, Instant now) {
        jdbc.sql("UPDATE backtest_runs SET status = 'FAILED', error = ?, finished_at = ? WHERE id = ?")
                .params(error, Timestamp.from(now), id).update();
    }

    /** Runs a restart interrupted are failed, not left RUNNING for ever. */
    int failUnfinished(Instant now) {
        return jdbc.sql("UPDATE backtest_runs SET status = 'FAILED', error = 'the service restarted during the run',"
                + " finished_at = ? WHERE status IN ('QUEUED', 'RUNNING')").param(Timestamp.from(now)).update();
    }

    Optional<StoredRun> find(String id) {
        return jdbc.sql("SELECT * FROM backtest_runs WHERE id = ?").param(id).query((rs, row) -> map(rs)).optional();
    }

    List<StoredRun> recent(int limit) {
        return jdbc.sql("SELECT * FROM backtest_runs ORDER BY created_at DESC LIMIT ?").param(limit)
                .query((rs, row) -> map(rs)).list();
    }

    private static StoredRun map(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new StoredRun(rs.getString("id"), rs.getString("status"), rs.getBigDecimal("progress"),
                rs.getString("request"), Optional.ofNullable(rs.getString("result")),
                Optional.ofNullable(rs.getString("error")), rs.getTimestamp("created_at").toInstant(),
                Optional.ofNullable(finished).map(Timestamp::toInstant));
    }
}
