package com.algotrading.data.candles;

import com.algotrading.common.barfiles.BadBarException;
import com.algotrading.common.barfiles.BarFile;
import com.algotrading.common.barfiles.RowCheck;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.TickSize;
import com.algotrading.data.candlestore.CandleCopy;
import com.algotrading.data.instruments.StoredInstrument;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.io.FileUtils;
import org.apache.commons.io.IOUtils;
import org.apache.commons.io.input.TeeInputStream;
import org.springframework.stereotype.Component;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Imports a candle file ({@link BarFile}, each row checked by {@link RowCheck#candles}) in one transaction, through
 * {@link CandleCopy}: rows are parsed and validated as the body streams in and go straight into {@code candles}. When
 * that fast path is stopped (a re-import, a repeated timestamp), the body, spooled to a temporary file while it
 * streamed, is read again for the staged merge. Memory does not grow with the file: only the first
 * {@value #MAX_LISTED_BAD_ROWS} bad rows are kept. Without {@code skipBadRows} any bad row rolls everything back.
 */
@Component
public class CandleImport {

    static final int MAX_LISTED_BAD_ROWS = 1_000;
    private static final int READ_BUFFER = 1 << 16;

    private final CandleCopy copy;
    private final Counter importedRows;

    CandleImport(CandleCopy copy, MeterRegistry meters) {
        this.copy = copy;
        this.importedRows = Counter.builder("ImportRows").description("candle rows imported from CSV").register(meters);
    }

    /**
     * @throws InvalidCandlesException when a row is bad and {@code skipBadRows} is false; nothing is written then
     * @throws IllegalArgumentException for an interval candles are not stored at
     */
    public ImportResult importCsv(StoredInstrument instrument, Interval interval, InputStream csv, boolean skipBadRows) {
        Path spool = createSpool();
        try (TeeInputStream body = new TeeInputStream(csv, Files.newOutputStream(spool), true)) {
            CandleFile file = new CandleFile(body, spool,
                    RowCheck.candles(interval, new TickSize(instrument.instrument().tickSize())), skipBadRows);
            CandleCopy.Written written = copy.write(instrument.id(), interval, file);
            importedRows.increment(written.inserted() + written.updated());
            return new ImportResult(written.inserted(), written.updated(), file.bad.count, file.bad.inLineOrder());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the CSV body failed", e);
        } finally {
            FileUtils.deleteQuietly(spool.toFile());
        }
    }

    private static Path createSpool() {
        try {
            return Files.createTempFile("candle-import-", ".csv");
        } catch (IOException e) {
            throw new UncheckedIOException("no room in the temporary directory to spool the import", e);
        }
    }

    /** The body as it streams in, then (if asked again) its spooled copy; every read counts the bad rows afresh. */
    private static final class CandleFile implements CandleCopy.Source {

        private final TeeInputStream body;
        private final Path spool;
        private final RowCheck check;
        private final boolean skipBadRows;
        private BadRows bad = new BadRows();
        private boolean streamed;

        CandleFile(TeeInputStream body, Path spool, RowCheck check, boolean skipBadRows) {
            this.body = body;
            this.spool = spool;
            this.check = check;
            this.skipBadRows = skipBadRows;
        }

        @Override
        public void read(BarFile.Rows rows) throws IOException {
            bad = new BadRows();
            if (!streamed) {
                streamed = true;
                read(body, rows);
                return;
            }
            IOUtils.consume(body);
            body.close();
            try (InputStream spooled = Files.newInputStream(spool)) {
                read(spooled, rows);
            }
        }

        private void read(InputStream in, BarFile.Rows rows) throws IOException {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), READ_BUFFER);
            try {
                BarFile.stream(reader, check, rows, problem -> bad.add(problem.line(), problem.reason()));
            } catch (BadBarException header) {
                bad.add(header.line(), header.reason());
            }
        }

        @Override
        public void duplicate(long line, long firstLine) {
            bad.add(line, "duplicate timestamp: line " + firstLine + " has the same one");
        }

        @Override
        public void beforeCommit() {
            if (bad.count > 0 && !skipBadRows) {
                throw new InvalidCandlesException(bad.count, bad.inLineOrder());
            }
        }
    }

    /** Counts every bad row but keeps only the first few for the answer. */
    private static final class BadRows {
        private final List<BadRow> listed = new ArrayList<>();
        private long count;

        void add(long line, String reason) {
            count++;
            if (listed.size() < MAX_LISTED_BAD_ROWS) {
                listed.add(new BadRow(line, reason));
            }
        }

        /** Duplicates are found after the parse errors, so the list is re-sorted for the reader. */
        List<BadRow> inLineOrder() {
            return listed.stream().sorted(Comparator.comparingLong(BadRow::line)).toList();
        }
    }
}
