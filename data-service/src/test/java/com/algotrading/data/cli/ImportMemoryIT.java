package com.algotrading.data.cli;

import com.algotrading.postgres.DatabaseCoordinates;
import com.algotrading.postgres.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged import command, given a heap smaller than the file, imports it and then re-imports it (the second
 * time through the spooled body and the staging table): neither path may hold the file in memory.
 */
class ImportMemoryIT {

    private static final int ROWS = 1_200_000;
    private static final String HEAP = "-Xmx32m";

    @Test
    void importsAndReimportsAFileLargerThanTheHeap(@TempDir Path dir) throws IOException, InterruptedException {
        Path csv = minutes(dir.resolve("sbin.csv"));
        assertThat(Files.size(csv)).as("file size").isGreaterThan(48L << 20);
        DatabaseCoordinates database = TestDatabases.fresh();

        assertThat(runImport(database, csv)).isEqualTo("inserted " + ROWS + ", updated 0, bad rows 0");
        assertThat(runImport(database, csv)).isEqualTo("inserted 0, updated " + ROWS + ", bad rows 0");
    }

    /** Consecutive minutes from 2020, one row each (the import checks whole minutes, not session hours). */
    private static Path minutes(Path file) throws IOException {
        LocalDateTime minute = LocalDateTime.of(2020, 1, 1, 0, 0);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            out.write("timestamp,open,high,low,close,volume\n");
            for (int i = 0; i < ROWS; i++, minute = minute.plusMinutes(1)) {
                out.write(minute + ",800.00,801.00,799.00,800.50," + (i % 1000) + "\n");
            }
        }
        return file;
    }

    /** Runs the command as an operator would and returns its one-line summary. */
    private static String runImport(DatabaseCoordinates database, Path csv) throws IOException, InterruptedException {
        Process process = PackagedImport.of(database, csv, HEAP).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("finishes").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).doesNotContain("OutOfMemoryError");
        return output.lines().filter(line -> line.startsWith("inserted ")).findFirst().orElse(output);
    }
}
