package com.algotrading.postgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseCoordinatesTest {

    @Test
    void switchingDatabaseKeepsHostPortAndParameters() {
        var server = new DatabaseCoordinates("jdbc:postgresql://localhost:5432/postgres?sslmode=disable", "u", "p");

        assertThat(server.withDatabase("test_1").jdbcUrl())
                .isEqualTo("jdbc:postgresql://localhost:5432/test_1?sslmode=disable");
    }

    @Test
    void neverPrintsThePassword() {
        var server = new DatabaseCoordinates("jdbc:postgresql://localhost/x", "user", "s3cret-pass");

        assertThat(server.toString()).doesNotContain("s3cret-pass").contains("user");
    }

    @Test
    void rejectsUrlsThatAreNotPostgres() {
        assertThatThrownBy(() -> new DatabaseCoordinates("jdbc:h2:mem:x", "u", "p"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
