package com.algotrading.data.cli;

import com.algotrading.postgres.DatabaseCoordinates;
import com.algotrading.postgres.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The packaged import command, configured as the local platform is (simulator ticking at any hour): while it
 * imports, its JVM runs no feed, no bar pipeline, no stream, no web server and no scheduler, and it writes nothing
 * but the file's candles. The file is a named pipe, so the command is caught in the middle of its import: opening
 * the pipe for writing returns only once the command, its Spring context fully started, opens it for reading.
 */
class ImportRunsNothingElseIT {

    private static final Pattern THREAD_NAME = Pattern.compile("\"name\": \"([^\"]*)\"");
    /** The threads of the live feeds, the bar pipeline, the streams, backfill, Tomcat and @Scheduled jobs. */
    private static final List<String> SERVICE_THREADS = List.of("simulated-feed", "angel-one-feed", "bar-closer",
            "bar-writer", "bar-replay", "sse-heartbeat", "backfill", "http-nio", "Catalina", "scheduling");
    private static final String CSV = """
            timestamp,open,high,low,close,volume
            2025-01-02T09:15:00+05:30,800,810,790,805,10
            2025-01-02T09:16:00+05:30,805,812,801,810,20
            """;

    @TempDir
    Path dir;

    @Test
    void importsWithNoFeedWebServerOrScheduledJobRunning() throws Exception {
        Path pipe = namedPipe(dir.resolve("sbin.csv"));
        DatabaseCoordinates database = TestDatabases.fresh();
        ProcessBuilder command = PackagedImport.of(database, pipe)
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        command.environment().put("SIMULATOR_ALWAYS_OPEN", "true");
        command.environment().put("SIMULATOR_TICKS_PER_SECOND", "20");
        Process process = command.start();

        List<String> threads;
        try (Writer csv = openWhenTheCommandReads(pipe, process)) {
            threads = threadNames(process.pid());
            csv.write(CSV);
        }

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the import finishes").isTrue();
        assertThat(threads).as("threads of the command while it imports").contains("main")
                .noneMatch(name -> SERVICE_THREADS.stream().anyMatch(name::startsWith));
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("err.txt"))).isZero();
        assertThat(Files.readString(dir.resolve("out.txt"))).as("the result and no log below WARN")
                .isEqualTo("inserted 2, updated 0, bad rows 0\n");
        assertThat(storedCandles(database)).as("candles in the database").isEqualTo(2);
    }

    private static Path namedPipe(Path path) throws IOException, InterruptedException {
        assertThat(new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor()).isZero();
        return path;
    }

    /** Opening a pipe for writing waits for its reader; if the command dies first, fails with what it printed. */
    private Writer openWhenTheCommandReads(Path pipe, Process process) throws Exception {
        CompletableFuture<Writer> writer = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.newBufferedWriter(pipe, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        await().atMost(Duration.ofMinutes(2)).until(() -> writer.isDone() || !process.isAlive());
        if (!writer.isDone()) {
            try (InputStream unblock = Files.newInputStream(pipe)) {
                writer.get().close();
            }
            throw new AssertionError("the command stopped before reading its file: "
                    + Files.readString(dir.resolve("out.txt")) + Files.readString(dir.resolve("err.txt")));
        }
        return writer.get();
    }

    /** Every thread of the JVM, virtual ones included (jcmd's plain Thread.print leaves those out). */
    private List<String> threadNames(long pid) throws IOException, InterruptedException {
        Path dump = dir.resolve("threads.json");
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), "Thread.dump_to_file", "-format=json", dump.toString())
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(jcmd.waitFor()).as(output).isZero();
        return THREAD_NAME.matcher(Files.readString(dump)).results().map(match -> match.group(1)).toList();
    }

    private static int storedCandles(DatabaseCoordinates database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(),
                database.password());
             ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM market_data.candles")) {
            count.next();
            return count.getInt(1);
        }
    }
}
