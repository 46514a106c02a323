package com.algotrading.common.settings;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFailureTest {

    @Test
    void explainsARefusedConnectionDeepInTheCauseChain() {
        SQLException driver = new SQLException("Connection to localhost:15432 refused.", "08001",
                new ConnectException("Connection refused"));
        RuntimeException wrapped = new IllegalStateException("Failed to initialize flyway", new RuntimeException(driver));

        assertThat(DatabaseFailure.explain(wrapped)).hasValueSatisfying(failure -> {
            assertThat(failure.problem()).isEqualTo("Cannot reach PostgreSQL: Connection to localhost:15432 refused.");
            assertThat(failure.action()).contains("DB_URL");
        });
    }

    @Test
    void explainsAnUnknownHost() {
        assertThat(DatabaseFailure.explain(new RuntimeException(new UnknownHostException("db.internal"))))
                .hasValueSatisfying(failure -> assertThat(failure.problem()).endsWith("db.internal"));
    }

    @Test
    void explainsARefusedLoginAndPointsAtTheCredentials() {
        SQLException login = new SQLException("FATAL: password authentication failed for user \"trader\"", "28P01");

        assertThat(DatabaseFailure.explain(new RuntimeException(login))).hasValueSatisfying(failure -> {
            assertThat(failure.problem()).contains("refused the login", "\"trader\"");
            assertThat(failure.action()).contains("DB_USER", "DB_PASSWORD");
        });
    }

    @Test
    void explainsAMissingDatabase() {
        SQLException missing = new SQLException("FATAL: database \"algo\" does not exist", "3D000");

        assertThat(DatabaseFailure.explain(missing)).hasValueSatisfying(failure ->
                assertThat(failure.problem()).startsWith("The database named in DB_URL does not exist"));
    }

    @Test
    void leavesOtherFailuresToTheirOwnReport() {
        assertThat(DatabaseFailure.explain(new SQLException("syntax error", "42601"))).isEmpty();
        assertThat(DatabaseFailure.explain(new IllegalStateException("port 8082 in use"))).isEmpty();
    }
}
