package com.algotrading.trading.cli;

import com.algotrading.common.barfiles.BadBarException;
import com.algotrading.common.barfiles.BarFile;
import com.algotrading.common.market.Bar;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code --data} CSV ({@link BarFile}: the data-service's candle files as they are), oldest first whatever the
 * file's order, read stopping at the first bad row unless told to skip (and count) them.
 */
final class DataOptions {

    @Option(names = "--data", required = true, paramLabel = "bars.csv", description = "CSV: timestamp,open,high,low,close,volume")
    Path path;

    @Option(names = "--skip-bad-rows", description = "Skip (and report) bad rows instead of stopping at the first")
    boolean skipBadRows;

    List<Bar> bars(PrintWriter err) {
        int[] skipped = {0};
        List<Bar> bars;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(new ProgressInputStream(Files.newInputStream(path),
                ProgressBar.onTerminal(err, "reading " + path.getFileName() + " (KiB)", (int) (Files.size(path) >> 10))),
                StandardCharsets.UTF_8))) {
            bars = BarFile.read(reader, skipBadRows ? bad -> {
                skipped[0]++;
                err.println("skipped " + path + " " + bad.getMessage());
            } : null);
        } catch (BadBarException e) {
            throw new IllegalArgumentException(path + " " + e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file: " + path, e);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + path + ": " + e.getMessage(), e);
        }
        if (bars.isEmpty()) {
            throw new IllegalArgumentException(path + " holds no bars");
        }
        if (skipped[0] > 0) {
            err.println("skipped " + skipped[0] + " bad row(s) of " + path);
        }
        return bars;
    }
}
