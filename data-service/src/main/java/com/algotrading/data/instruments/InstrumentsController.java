package com.algotrading.data.instruments;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Symbol;
import com.algotrading.data.web.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;

@RestController
@RequestMapping("/api/v1/instruments")
class InstrumentsController {

    private static final int MAX_LIMIT = 500;

    private final Instruments instruments;
    private final InstrumentMasterImport masterImport;
    private final InstrumentMasterDownload download;

    InstrumentsController(Instruments instruments, InstrumentMasterImport masterImport,
                          InstrumentMasterDownload download) {
        this.instruments = instruments;
        this.masterImport = masterImport;
        this.download = download;
    }

    /** Symbol prefix or name match, exact symbol first. */
    @GetMapping
    List<InstrumentView> search(@RequestParam(defaultValue = "") String query,
                                @RequestParam(required = false) Exchange exchange,
                                @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ApiProblem("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return instruments.search(query, exchange, limit).stream()
                .map(stored -> InstrumentView.of(stored.instrument())).toList();
    }

    @GetMapping("/{exchange}/{tradingSymbol}")
    InstrumentView one(@PathVariable Exchange exchange, @PathVariable String tradingSymbol) {
        return InstrumentView.of(instruments.require(new Symbol(exchange, tradingSymbol)).instrument());
    }

    /**
     * Imports Angel One's instrument master from the request body (a JSON array, streamed), or, when the body
     * is empty, downloads it from the configured master URL.
     */
    @PostMapping("/import")
    InstrumentMasterImport.Outcome importMaster(HttpServletRequest request) throws IOException {
        PushbackInputStream body = new PushbackInputStream(request.getInputStream());
        int first = body.read();
        if (first == -1) {
            try (InputStream master = download.open()) {
                return masterImport.importFrom(master);
            }
        }
        body.unread(first);
        return masterImport.importFrom(body);
    }
}
