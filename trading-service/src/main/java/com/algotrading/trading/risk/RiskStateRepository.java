package com.algotrading.trading.risk;

import com.algotrading.common.risk.RiskLimits;
import com.algotrading.common.risk.RiskState;
import com.algotrading.trading.persistence.Sql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** The one {@code risk_state} row: the state with its reason and day, and the limits an admin set. */
@Repository
class RiskStateRepository {

    record Stored(RiskState state, Optional<String> reason, LocalDate day, Optional<RiskLimits> limits) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    RiskStateRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Stored> load() {
        return jdbc.sql("SELECT state, reason, day, limits::text FROM risk_state WHERE id = 1")
                .query((rs, row) -> new Stored(RiskState.valueOf(rs.getString(1)), Optional.ofNullable(rs.getString(2)),
                        rs.getObject(3, LocalDate.class),
                        Optional.ofNullable(rs.getString(4)).map(text -> json.readValue(text, RiskLimits.class))))
                .optional();
    }

    void save(RiskState state, Optional<String> reason, LocalDate day, Optional<RiskLimits> limits, Instant now) {
        jdbc.sql("INSERT INTO risk_state (id, state, reason, day, changed_at, limits) VALUES (1, ?, ?, ?, ?, ?::jsonb)"
                        + " ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, reason = EXCLUDED.reason,"
                        + " day = EXCLUDED.day, changed_at = EXCLUDED.changed_at, limits = EXCLUDED.limits")
                .params(state.name(), Sql.text(reason), day, Timestamp.from(now),
                        Sql.text(limits.map(json::writeValueAsString)))
                .update();
    }
}
