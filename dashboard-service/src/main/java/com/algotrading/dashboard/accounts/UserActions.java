package com.algotrading.dashboard.accounts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

/** The dashboard's own audit trail ({@code user_action_audit}): who changed which account or key. */
@Component
public class UserActions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;

    UserActions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(String username, String action, Map<String, ?> details) {
        jdbc.sql("INSERT INTO user_action_audit (occurred_at, username, action, details) VALUES (?, ?, ?, ?::jsonb)")
                .params(Timestamp.from(clock.instant()), username, action, JSON.writeValueAsString(details)).update();
    }
}
