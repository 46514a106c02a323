package com.algotrading.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

/**
 * The PostgreSQL server of the one-command local platform: the embedded binaries, with a data directory that
 * survives restarts so paper-trading state is kept. Runs until the JVM is asked to stop (Ctrl-C, SIGTERM), then
 * shuts PostgreSQL down so no server is left behind.
 *
 * <p>Usage: {@code java -jar postgres-support-exec.jar <data-directory> <port> <database>}. Prints
 * {@code READY <jdbc-url>} once the database accepts connections.
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LocalPostgres <data-directory> <port> <database>");
            System.exit(2);
        }
        Path dataDirectory = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String database = args[2];
        Files.createDirectories(dataDirectory);

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                // The embedded defaults suit throwaway test data; paper-trading state must survive a crash.
                .setServerConfig("synchronous_commit", "on")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(postgres, stopped), "stop-local-postgres"));

        createDatabaseIfAbsent(postgres, database);
        System.out.println("READY " + postgres.getJdbcUrl("postgres", database));
        System.out.flush();
        stopped.await();
    }

    private static void createDatabaseIfAbsent(EmbeddedPostgres postgres, String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
                    }
                }
            }
        }
    }

    private static void stop(EmbeddedPostgres postgres, CountDownLatch stopped) {
        try {
            postgres.close();
            System.out.println("local PostgreSQL stopped");
        } catch (IOException e) {
            System.err.println("local PostgreSQL did not stop cleanly: " + e.getMessage());
        } finally {
            stopped.countDown();
        }
    }
}
