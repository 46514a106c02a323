package com.algotrading.trading.backtests.web;

import com.algotrading.common.market.IstTime;
import com.algotrading.trading.backtests.BacktestRunRepository;
import com.algotrading.trading.backtests.BacktestRuns;
import com.algotrading.trading.web.NotFoundException;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Backtests run through the API, kept for comparison. */
@RestController
class BacktestsController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RunView(String id, String status, BigDecimal progress, JsonNode request, @JsonRawValue String result,
                   String error, OffsetDateTime createdAt, OffsetDateTime finishedAt) {
    }

    private final BacktestRuns runs;
    private final ObjectMapper json;

    BacktestsController(BacktestRuns runs, ObjectMapper json) {
        this.runs = runs;
        this.json = json;
    }

    /** {@code 202 {id}}: the run is queued; poll {@code GET /api/v1/backtests/{id}} for its progress and result. */
    @PostMapping("/api/v1/backtests")
    ResponseEntity<Map<String, String>> submit(@RequestBody BacktestBody body) {
        String id = runs.submit(body.toRequest(), body);
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}").buildAndExpand(id).toUri()).body(Map.of("id", id));
    }

    @GetMapping("/api/v1/backtests/{id}")
    RunView one(@PathVariable String id) {
        return view(runs.find(id).orElseThrow(() -> new NotFoundException("no backtest run " + id)), true);
    }

    /** The most recent runs, newest first, without their results (ask each one for it). */
    @GetMapping("/api/v1/backtests")
    List<RunView> recent(@RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > 500) {
            throw new IllegalArgumentException("limit must be from 1 to 500");
        }
        return runs.recent(limit).stream().map(run -> view(run, false)).toList();
    }

    private RunView view(BacktestRunRepository.StoredRun run, boolean withResult) {
        return new RunView(run.id(), run.status(), run.progress(), json.readTree(run.request()),
                withResult ? run.result().orElse(null) : null, run.error().orElse(null),
                OffsetDateTime.ofInstant(run.createdAt(), IstTime.ZONE),
                run.finishedAt().map(time -> OffsetDateTime.ofInstant(time, IstTime.ZONE)).orElse(null));
    }
}
