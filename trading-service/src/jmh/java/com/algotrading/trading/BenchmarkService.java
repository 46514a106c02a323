package com.algotrading.trading;

import com.algotrading.postgres.DatabaseCoordinates;
import com.algotrading.postgres.TestDatabases;
import com.algotrading.trading.leadership.Leadership;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The trading-service of a benchmark, in its JVM, on a fresh database, once it is the active instance. The test
 * databases commit without waiting for the WAL to reach the disk (as the embedded server's defaults have it, fine for
 * tests); {@code -Dbenchmark.durable=true} makes every commit wait for it, as the local platform's server and RDS do,
 * so the figures include the disk.
 */
final class BenchmarkService {

    private BenchmarkService() {
    }

    /** Paper trading with the limits out of the way, on the fake data-service at {@code dataServiceUrl}. */
    static ConfigurableApplicationContext start(String dataServiceUrl, String... settings) throws Exception {
        DatabaseCoordinates database = freshDatabase();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--DATA_SERVICE_URL=" + dataServiceUrl,
                "--SIMULATOR_ALWAYS_OPEN=true", "--MAX_DAILY_TRADES=100000", "--MAX_ORDERS_PER_SECOND=100000",
                "--PAPER_CAPITAL=1000000000", "--logging.level.root=WARN"));
        arguments.addAll(List.of(settings));
        ConfigurableApplicationContext service = new SpringApplicationBuilder(TradingServiceApplication.class)
                .run(arguments.toArray(String[]::new));
        while (!service.getBean(Leadership.class).isLeader()) {
            Thread.sleep(100);
        }
        return service;
    }

    private static DatabaseCoordinates freshDatabase() throws SQLException {
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
