package com.algotrading.data.instruments;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.common.service.web.StandardProblem;
import com.algotrading.data.web.ProblemType;
import com.algotrading.data.web.SymbolParameter;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.List;

@RestController
@RequestMapping("/api/v1/instruments")
class InstrumentsController {

    private static final Logger log = LoggerFactory.getLogger(InstrumentsController.class);

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
            throw new ApiProblem(ProblemType.INVALID_PARAMETER,
                    "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return instruments.search(query, exchange, limit).stream()
                .map(stored -> InstrumentView.of(stored.instrument())).toList();
    }

    @GetMapping("/{exchange}/{tradingSymbol}")
    InstrumentView one(@PathVariable Exchange exchange, @PathVariable String tradingSymbol) {
        return InstrumentView.of(instruments.require(SymbolParameter.of(exchange, tradingSymbol)).instrument());
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
            return importDownloaded();
        }
        body.unread(first);
        try {
            return masterImport.importFrom(body);
        } catch (JacksonException e) {
            throw new ApiProblem(StandardProblem.INVALID_REQUEST, "the body is not Angel One's instrument master,"
                    + " a JSON array of objects" + (e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
        }
    }

    /** Angel One's side failing is the caller's 503 to retry later; the cause is logged here, not shown. */
    private InstrumentMasterImport.Outcome importDownloaded() {
        try (InputStream master = download.open()) {
            return masterImport.importFrom(master);
        } catch (IOException | JacksonException e) {
            log.warn("instrument master download failed", e);
            throw new ApiProblem(StandardProblem.UNAVAILABLE, "the instrument master could not be downloaded;"
                    + " try again later, or send the file as the body");
        }
    }
}
