package com.algotrading.trading;

import com.algotrading.postgres.DatabaseCoordinates;
import com.algotrading.postgres.TestDatabases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh database for a benchmark. The test databases commit without waiting for the WAL to reach the disk (as the
 * embedded server's defaults have it, fine for tests); {@code -Dbenchmark.durable=true} makes every commit wait for
 * it, as the local platform's server and RDS do, so the figures include the disk.
 */
final class BenchmarkDatabase {

    private BenchmarkDatabase() {
    }

    static DatabaseCoordinates fresh() throws SQLException {
        DatabaseCoordinates database = TestDatabases.fresh();
        boolean durable = Boolean.getBoolean("benchmark.durable");
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password()); Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE \"" + connection.getCatalog() + "\" SET synchronous_commit = "
                    + (durable ? "on" : "off"));
        }
        System.out.println("commits: " + (durable ? "durable (synchronous_commit = on)"
                : "not waiting for the disk (synchronous_commit = off)"));
        return database;
    }
}
