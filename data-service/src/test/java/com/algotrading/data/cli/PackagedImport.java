package com.algotrading.data.cli;

import com.algotrading.postgres.DatabaseCoordinates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The packaged jar's import command as an operator runs it, against a test database. */
final class PackagedImport {

    private PackagedImport() {
    }

    /** {@code java <jvmOptions> -jar target/data-service.jar import --file <csv> ... SBIN-EQ --interval 1m}. */
    static ProcessBuilder of(DatabaseCoordinates database, Path csv, String... jvmOptions) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", Path.of("target", "data-service.jar").toString(), "import", "--file",
                csv.toString(), "--exchange", "NSE", "--symbol", "SBIN-EQ", "--interval", "1m"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("ANGEL_ONE_") || name.equals("MARKET_FEED"));
        builder.environment().put("DB_URL", database.jdbcUrl());
        builder.environment().put("DB_USER", database.username());
        builder.environment().put("DB_PASSWORD", database.password());
        return builder;
    }
}
