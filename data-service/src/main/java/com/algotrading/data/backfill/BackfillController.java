package com.algotrading.data.backfill;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.data.instruments.Instruments;
import com.algotrading.data.instruments.StoredInstrument;
import com.algotrading.data.web.ProblemType;
import com.algotrading.data.web.SymbolParameter;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@RestController
@RequestMapping("/api/v1/backfill")
class BackfillController {

    private static final int LISTED_GAPS = 500;

    record BackfillRequest(Exchange exchange, String symbol, String interval, OffsetDateTime from, OffsetDateTime to) {
    }

    record Accepted(UUID id) {
    }

    record GapView(OffsetDateTime from, OffsetDateTime to) {
    }

    record Progress(UUID id, String status, int chunksDone, int chunksTotal, long candlesWritten, int gapsFound,
                    List<GapView> gaps, String error) {
    }

    private final BackfillJobs jobs;
    private final BackfillRunner runner;
    private final Instruments instruments;

    BackfillController(BackfillJobs jobs, BackfillRunner runner, Instruments instruments) {
        this.jobs = jobs;
        this.runner = runner;
        this.instruments = instruments;
    }

    /** Starts a job; progress at {@code GET /api/v1/backfill/{id}}. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Accepted start(@RequestBody BackfillRequest request) {
        if (request.exchange() == null || request.symbol() == null || request.interval() == null
                || request.from() == null || request.to() == null) {
            throw new ApiProblem(ProblemType.INVALID_PARAMETER, "exchange, symbol, interval, from and to are required");
        }
        Symbol symbol = SymbolParameter.of(request.exchange(), request.symbol());
        Interval interval = storedInterval(request.interval());
        if (!request.from().isBefore(request.to())) {
            throw new ApiProblem(ProblemType.INVALID_RANGE, "from must be before to");
        }
        if (!runner.available()) {
            throw new ApiProblem(ProblemType.BROKER_NOT_CONFIGURED, "backfill needs ANGEL_ONE_API_KEY,"
                    + " ANGEL_ONE_CLIENT_ID, ANGEL_ONE_PASSWORD and ANGEL_ONE_TOTP_SECRET");
        }
        StoredInstrument instrument = instruments.require(symbol);
        BackfillJob job = new BackfillJob(UUID.randomUUID(), instrument.id(), interval, request.from().toInstant(),
                request.to().toInstant(), BackfillJob.Status.RUNNING,
                Chunks.of(interval, request.from().toInstant(), request.to().toInstant()).size(), 0, 0, null);
        jobs.create(job);
        runner.start(job);
        return new Accepted(job.id());
    }

    @GetMapping("/{id}")
    Progress progress(@PathVariable UUID id) {
        BackfillJob job = jobs.find(id).orElseThrow(() -> new ApiProblem(ProblemType.UNKNOWN_BACKFILL,
                "no backfill job " + id));
        List<GapView> gaps = jobs.gaps(id, LISTED_GAPS).stream().map(gap -> new GapView(
                gap.from().atOffset(IstTime.OFFSET), gap.to().atOffset(IstTime.OFFSET))).toList();
        return new Progress(id, job.status().name(), job.chunksDone(), job.chunksTotal(), job.candlesWritten(),
                jobs.gapCount(id), gaps, job.error());
    }

    private static Interval storedInterval(String label) {
        try {
            Interval interval = Interval.parse(label);
            if (interval == Interval.ONE_MINUTE || interval == Interval.ONE_DAY) {
                return interval;
            }
            throw new ApiProblem(ProblemType.UNKNOWN_INTERVAL, "backfill stores 1m or 1d candles;"
                    + " other intervals are derived from them");
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ProblemType.UNKNOWN_INTERVAL, e.getMessage());
        }
    }
}
