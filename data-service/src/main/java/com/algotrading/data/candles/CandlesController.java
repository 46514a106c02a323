package com.algotrading.data.candles;

import com.algotrading.common.barfiles.BarFile;
import com.algotrading.common.barfiles.Timestamps;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Interval;
import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.data.instruments.Instruments;
import com.algotrading.data.instruments.StoredInstrument;
import com.algotrading.data.web.ProblemType;
import com.algotrading.data.web.SymbolParameter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

@RestController
@RequestMapping("/api/v1/candles")
class CandlesController {

    private static final MediaType CSV = new MediaType("text", "csv");

    private final Instruments instruments;
    private final CandleRows rows;
    private final CandleImport candleImport;
    private final CandlesProperties properties;

    CandlesController(Instruments instruments, CandleRows rows, CandleImport candleImport,
                      CandlesProperties properties) {
        this.instruments = instruments;
        this.rows = rows;
        this.candleImport = candleImport;
        this.properties = properties;
    }

    /** Candles starting in [from, to), oldest first; {@code format=csv} for the import/backtest CSV format. */
    @GetMapping
    ResponseEntity<?> candles(@RequestParam Exchange exchange, @RequestParam String symbol,
                              @RequestParam String interval, @RequestParam String from, @RequestParam String to,
                              @RequestParam(defaultValue = "json") String format) throws IOException {
        Interval parsed = StoredInterval.parse(interval);
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (!start.isBefore(end)) {
            throw new ApiProblem(ProblemType.INVALID_RANGE, "from (" + from + ") must be before to (" + to + ")");
        }
        if (!format.equals("json") && !format.equals("csv")) {
            throw new ApiProblem(ProblemType.INVALID_PARAMETER, "format must be json or csv, was " + format);
        }
        StoredInstrument instrument = instruments.require(SymbolParameter.of(exchange, symbol));
        List<Bar> bars = rows.read(instrument, parsed, start, end, properties.maxRows());
        if (format.equals("csv")) {
            StringWriter csv = new StringWriter();
            BarFile.write(bars, csv);
            return ResponseEntity.ok().contentType(CSV).body(csv.toString());
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(bars.stream().map(CandleView::of).toList());
    }

    /** Imports a {@code text/csv} body, streamed; see {@link CandleImport}. */
    @PostMapping(path = "/import", consumes = "text/csv")
    ImportResult importCsv(@RequestParam Exchange exchange, @RequestParam String symbol,
                           @RequestParam String interval, @RequestParam(defaultValue = "false") boolean skipBadRows,
                           HttpServletRequest request) throws IOException {
        Interval stored = StoredInterval.parseStored(interval);
        StoredInstrument instrument = instruments.require(SymbolParameter.of(exchange, symbol));
        return candleImport.importCsv(instrument, stored, request.getInputStream(), skipBadRows);
    }

    /**
     * As bar files write times ({@link Timestamps}): ISO-8601, a date meaning its midnight IST. An unencoded "+" of an
     * offset arrives as a space: restore it.
     */
    private static Instant instant(String name, String raw) {
        int offsetSign = raw.length() - 6;
        String text = offsetSign > 10 && raw.charAt(offsetSign) == ' '
                ? raw.substring(0, offsetSign) + '+' + raw.substring(offsetSign + 1) : raw;
        try {
            return Timestamps.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiProblem(ProblemType.INVALID_PARAMETER, name + " must be ISO-8601 with offset"
                    + " (2024-01-02T09:15:00+05:30) or a date (2024-01-02), was " + raw);
        }
    }
}
