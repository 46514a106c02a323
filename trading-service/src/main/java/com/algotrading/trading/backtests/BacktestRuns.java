package com.algotrading.trading.backtests;

import com.algotrading.common.backtest.Backtest;
import com.algotrading.common.backtest.BacktestResult;
import com.algotrading.common.backtest.ParameterSweep;
import com.algotrading.common.backtest.SweepPoint;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.market.Bar;
import com.algotrading.common.strategies.StrategyRun;
import com.algotrading.trading.leadership.LeaderDuty;
import com.algotrading.trading.market.CandleHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Backtests through the API, run in the background on one thread (a sweep runs its grid on all cores, as the CLI's
 * does): queued, running with progress, then done with the CLI's {@code --json} document (or, for a sweep, the ranked
 * points), or failed with the reason. Runs are kept for comparison.
 */
@Component
@org.springframework.core.annotation.Order(90)
public class BacktestRuns implements DisposableBean, LeaderDuty {

    private static final Logger log = LoggerFactory.getLogger(BacktestRuns.class);

    /** The result of a sweep: every valid point ranked, best first, and why the others were skipped. */
    public record SweepJson(String rankedBy, List<PointJson> points, List<String> skipped) {
    }

    /** One point of a sweep. */
    public record PointJson(Map<String, BigDecimal> parameters, BacktestJson.MetricsJson metrics) {
    }

    private final BacktestRunRepository runs;
    private final CandleHistory history;
    private final ChargesModel charges;
    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon()
            .name("backtests").factory());

    BacktestRuns(BacktestRunRepository runs, CandleHistory history, ChargesModel charges, ObjectMapper json, Clock clock) {
        this.runs = runs;
        this.history = history;
        this.charges = charges;
        this.json = json;
        this.clock = clock;
    }

    /** Runs the previous active instance left unfinished (it stopped) are failed, not left RUNNING for ever. */
    @Override
    public void takeOver() {
        int failed = runs.failUnfinished(clock.instant());
        if (failed > 0) {
            log.info("{} backtest runs were interrupted by a restart and are marked failed", failed);
        }
    }

    @Override
    public void handOver() {
        // A run in progress finishes and records its result; the next active instance runs the next ones.
    }

    /** Queues a validated run; {@code asked} is the request as the caller sent it, kept with the run. */
    public String submit(BacktestRequest request, Object asked) {
        String id = "bt-" + UUID.randomUUID().toString().substring(0, 13);
        runs.queued(id, json.writeValueAsString(asked), clock.instant());
        worker.execute(() -> run(id, request));
        return id;
    }

    public java.util.Optional<BacktestRunRepository.StoredRun> find(String id) {
        return runs.find(id);
    }

    public List<BacktestRunRepository.StoredRun> recent(int limit) {
        return runs.recent(limit);
    }

    private void run(String id, BacktestRequest request) {
        try {
            runs.progress(id, 0.05);
            List<Bar> bars = history.candles(request.symbol(), request.interval(), request.from(), request.to());
            if (bars.isEmpty()) {
                throw new IllegalArgumentException("the data-service has no " + request.interval().label() + " candles of "
                        + request.symbol() + " in that range");
            }
            runs.progress(id, 0.2);
            Backtest backtest = new Backtest(request.settings(), charges);
            Object result;
            if (request.sweep()) {
                int total = request.grid().size();
                ParameterSweep.Result swept = new ParameterSweep(backtest, request.strategy(),
                        strategy -> new StrategyRun(strategy, request.sizing(), request.exits(), request.lotSize()))
                        .run(bars, 0, request.grid(), request.rankBy(), done -> runs.progress(id, 0.2 + 0.8 * done / total));
                result = sweep(request, swept);
            } else {
                StrategyRun run = new StrategyRun(request.strategy().create(request.grid().getFirst()), request.sizing(),
                        request.exits(), request.lotSize());
                BacktestResult single = backtest.run(bars, run);
                result = BacktestJson.json(single);
            }
            runs.done(id, json.writeValueAsString(result), clock.instant());
        } catch (RuntimeException e) {
            log.info("Backtest {} failed: {}", id, e.getMessage());
            runs.failed(id, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), clock.instant());
        }
    }

    private static SweepJson sweep(BacktestRequest request, ParameterSweep.Result swept) {
        if (swept.ranked().isEmpty()) {
            throw new IllegalArgumentException("no point of the grid is valid, e.g. " + swept.skipped().getFirst());
        }
        List<PointJson> points = swept.ranked().stream()
                .map((SweepPoint point) -> new PointJson(point.parameters(), BacktestJson.metrics(point.metrics())))
                .toList();
        return new SweepJson(request.rankBy().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), points,
                swept.skipped());
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
