package com.algotrading.postgres;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class TestDatabasesIT {

    @Test
    void eachCallGivesAnEmptyDatabaseThatSharesNoTablesWithTheOthers() throws SQLException {
        DatabaseCoordinates first = TestDatabases.fresh();
        DatabaseCoordinates second = TestDatabases.fresh();

        assertThat(first.jdbcUrl()).isNotEqualTo(second.jdbcUrl());
        execute(first, "CREATE TABLE marker (id int)");
        assertThat(tableCount(first)).isEqualTo(1);
        assertThat(tableCount(second)).isZero();
    }

    @Test
    void serverRunsPostgresMajorVersion17LikeTheRdsInstance() {
        String version = TestDatabases.serverVersion(TestDatabases.fresh());

        assertThat(version).startsWith("17.");
    }

    private static void execute(DatabaseCoordinates database, String sql) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static int tableCount(DatabaseCoordinates database) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static Connection connect(DatabaseCoordinates database) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
