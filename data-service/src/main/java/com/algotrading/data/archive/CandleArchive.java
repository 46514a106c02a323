package com.algotrading.data.archive;

import com.algotrading.common.barfiles.BarFile;
import com.algotrading.common.market.IstTime;
import com.algotrading.data.candlestore.CandleTable;
import org.springframework.jdbc.core.JdbcTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Writes one trading day's 1-minute candles of every instrument to
 * {@code s3://bucket/candles/interval=1m/date=YYYY-MM-DD/candles.csv.gz} (gzip CSV: a {@code symbol} column, then
 * the bar file's columns and rows as {@link BarFile} writes them), streaming through a temporary file, then reads the
 * object back and counts its rows. Every run is recorded, verified or failed.
 */
class CandleArchive {

    private static final String HEADER = "symbol," + BarFile.HEADER;

    private final JdbcTemplate jdbc;
    private final CandleTable candles;
    private final S3Client s3;
    private final String bucket;
    private final Clock clock;

    CandleArchive(JdbcTemplate jdbc, CandleTable candles, S3Client s3, String bucket, Clock clock) {
        this.jdbc = jdbc;
        this.candles = candles;
        this.s3 = s3;
        this.bucket = bucket;
        this.clock = clock;
    }

    static String objectKey(LocalDate day) {
        return "candles/interval=1m/date=" + day + "/candles.csv.gz";
    }

    ArchiveRun run(LocalDate day) {
        Instant started = clock.instant();
        String key = objectKey(day);
        long written = 0;
        try {
            Path file = Files.createTempFile("candles-" + day, ".csv.gz");
            try {
                written = writeDay(day, file);
                s3.putObject(put -> put.bucket(bucket).key(key).contentType("text/csv").contentEncoding("gzip"),
                        RequestBody.fromFile(file));
            } finally {
                Files.deleteIfExists(file);
            }
            long verified = countRows(key);
            String status = verified == written ? "VERIFIED" : "FAILED";
            String error = verified == written ? null : "read back " + verified + " rows, wrote " + written;
            return record(day, key, status, written, verified, error, started);
        } catch (IOException | RuntimeException e) {
            return record(day, key, "FAILED", written, null, e.getMessage(), started);
        }
    }

    private long writeDay(LocalDate day, Path file) throws IOException {
        long[] rows = {0};
        try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8))) {
            out.write(HEADER + "\n");
            candles.minutesOfEveryInstrument(IstTime.startOfDay(day), IstTime.startOfDay(day.plusDays(1)), (symbol, bar) -> {
                try {
                    out.write(symbol + "," + BarFile.row(bar) + "\n");
                    rows[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return rows[0];
    }

    private long countRows(String key) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                s3.getObject(get -> get.bucket(bucket).key(key))), StandardCharsets.UTF_8))) {
            return in.lines().skip(1).count();
        }
    }

    private ArchiveRun record(LocalDate day, String key, String status, long written, Long verified, String error,
                              Instant started) {
        Instant finished = clock.instant();
        Long id = jdbc.queryForObject("INSERT INTO archive_runs (trading_day, object_key, status, rows_written,"
                        + " rows_verified, error, started_at, finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                Long.class, day, key, status, written, verified, error, Timestamp.from(started),
                Timestamp.from(finished));
        return new ArchiveRun(id, day, key, status, written, verified, error, started, finished);
    }
}
