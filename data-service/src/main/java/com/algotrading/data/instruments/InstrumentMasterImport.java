package com.algotrading.data.instruments;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.InstrumentType;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectMapper;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Imports Angel One's instrument master (one JSON array, ~150k rows) as a stream: rows are read one at a time
 * and upserted in batches, so the whole file is never in memory. Rows the platform cannot represent (unknown
 * segment or type, no tick size) are counted as skipped, not fatal: the file mixes many segments.
 */
@Component
class InstrumentMasterImport {

    private static final int BATCH = 2_000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final DateTimeFormatter EXPIRY = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("ddMMMyyyy").toFormatter(Locale.ENGLISH);

    /** The master file's row; every value is text. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record MasterRow(String token, String symbol, String name, String expiry, String strike,
                     @JsonProperty("lotsize") String lotSize, @JsonProperty("instrumenttype") String instrumentType,
                     @JsonProperty("exch_seg") String exchange, @JsonProperty("tick_size") String tickSize) {
    }

    /** What an import did. */
    public record Outcome(int imported, int skipped) {
    }

    private final ObjectMapper json;
    private final Instruments instruments;

    InstrumentMasterImport(ObjectMapper json, Instruments instruments) {
        this.json = json;
        this.instruments = instruments;
    }

    public Outcome importFrom(InputStream master) {
        int imported = 0;
        int skipped = 0;
        List<Instrument> batch = new ArrayList<>(BATCH);
        try (MappingIterator<MasterRow> rows = json.readerFor(MasterRow.class).readValues(master)) {
            while (rows.hasNext()) {
                Optional<Instrument> instrument = toInstrument(rows.next());
                if (instrument.isEmpty()) {
                    skipped++;
                    continue;
                }
                batch.add(instrument.get());
                if (batch.size() == BATCH) {
                    imported += instruments.upsert(batch);
                    batch.clear();
                }
            }
        }
        imported += instruments.upsert(batch);
        return new Outcome(imported, skipped);
    }

    /** Maps one row; empty when the row cannot become a valid instrument. */
    static Optional<Instrument> toInstrument(MasterRow row) {
        try {
            InstrumentType type = InstrumentType.fromMaster(row.instrumentType());
            Optional<Long> strike = type.isOption() ? Optional.of(strikePaise(row.strike())) : Optional.empty();
            Optional<LocalDate> expiry = row.expiry() == null || row.expiry().isBlank()
                    ? Optional.empty() : Optional.of(LocalDate.parse(row.expiry(), EXPIRY));
            return Optional.of(new Instrument(Exchange.valueOf(row.exchange()), new InstrumentToken(row.token()),
                    row.symbol(), row.name() == null ? "" : row.name(), type, Integer.parseInt(row.lotSize().trim()),
                    new BigDecimal(row.tickSize().trim()).setScale(0, RoundingMode.UNNECESSARY).longValueExact(),
                    expiry, strike));
        } catch (RuntimeException unrepresentable) {
            return Optional.empty();
        }
    }

    /** The master writes strikes ×100 (rupees → paise already): {@code "2200000.000000"} is ₹22000. */
    private static long strikePaise(String strike) {
        return new BigDecimal(strike.trim()).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }
}
