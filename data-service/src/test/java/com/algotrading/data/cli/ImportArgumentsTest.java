package com.algotrading.data.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad arguments are refused before Spring starts: no database is configured here, so a command that started Spring
 * would fail to connect instead of answering with the reason and exit code 2.
 */
class ImportArgumentsTest {

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            missing file      | --file /nonexistent/bars.csv --exchange NSE --symbol SBIN-EQ --interval 1m | --file /nonexistent/bars.csv: no such readable file
            a directory       | --file DIR --exchange NSE --symbol SBIN-EQ --interval 1m                   | : no such readable file
            unknown exchange  | --file CSV --exchange XYZ --symbol SBIN-EQ --interval 1m                   | unknown exchange in XYZ:SBIN-EQ
            derived interval  | --file CSV --exchange NSE --symbol SBIN-EQ --interval 5m                   | --interval 5m: only 1m and 1d candles are stored
            unknown interval  | --file CSV --exchange NSE --symbol SBIN-EQ --interval 2m                   | unknown interval "2m"
            missing option    | --file CSV --symbol SBIN-EQ --interval 1m                                  | --exchange is required
            unknown option    | --file CSV --exchange NSE --symbol SBIN-EQ --interval 1m --dry-run         | unknown option --dry-run
            option w/o value  | --file CSV --exchange NSE --symbol SBIN-EQ --interval                      | --interval needs a value
            """)
    void refusesBadArgumentsWithTheReasonAndTheUsage(String name, String arguments, String reason) throws IOException {
        Path csv = Files.writeString(dir.resolve("bars.csv"), "timestamp,open,high,low,close,volume\n");
        List<String> args = new ArrayList<>(List.of("import"));
        for (String argument : arguments.split(" ")) {
            args.add(argument.replace("DIR", dir.toString()).replace("CSV", csv.toString()));
        }
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int exit = ImportCommand.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(reason)
                .contains("usage: java -jar data-service.jar import --file F");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
