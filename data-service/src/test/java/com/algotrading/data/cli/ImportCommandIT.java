package com.algotrading.data.cli;

import com.algotrading.postgres.SpringTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The import in the command's own Spring context: the candle import, the instruments and nothing else. */
@SpringBootTest(classes = ImportCommand.Context.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ImportCommandIT {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        SpringTestDatabase.register(registry);
    }

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void importsAFileAndReportsWhatItWrote(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("sbin.csv"), "timestamp,open,high,low,close,volume\n"
                + "2025-01-02,800,810,790,805,123456\n");

        int exit = run("import", "--file", csv.toString(), "--exchange", "nse", "--symbol", "SBIN-EQ",
                "--interval", "1d");

        assertThat(exit).isZero();
        assertThat(out.toString()).isEqualTo("inserted 1, updated 0, bad rows 0\n");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candles WHERE interval = '1d'", Integer.class)).isOne();
    }

    @Test
    void exitsWithOneAndListsBadRowsWhenTheFileIsBad(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "timestamp,open,high,low,close,volume\n"
                + "2025-01-02T09:15:00+05:30,800,790,810,805,1\n");

        assertThat(run("import", "--file", csv.toString(), "--exchange", "NSE", "--symbol", "SBIN-EQ",
                "--interval", "1m")).isEqualTo(1);
        assertThat(err.toString()).contains("1 bad row(s)", "line=2", "high 790 is below low 810");
    }

    @Test
    void exitsWithTwoForAnUnknownSymbol(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("nope.csv"), "timestamp,open,high,low,close,volume\n");

        assertThat(run("import", "--file", csv.toString(), "--exchange", "NSE", "--symbol", "NOPE-EQ",
                "--interval", "1m")).isEqualTo(2);
        assertThat(err.toString()).contains("NSE:NOPE-EQ");
    }

    private int run(String... args) {
        return ImportCommand.importFile(context, ImportCommand.request(args), new PrintStream(out, true),
                new PrintStream(err, true));
    }
}
