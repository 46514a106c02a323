package com.algotrading.data.backfill;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.smartapi.Pace;
import com.algotrading.common.smartapi.Sleeper;
import com.algotrading.common.smartapi.SmartApiClient;
import com.algotrading.common.smartapi.SmartApiException;
import com.algotrading.data.candlestore.CandleWriter;
import com.algotrading.data.feed.angelone.AngelOneApi;
import com.algotrading.data.instruments.Instruments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs backfill jobs one at a time (so all of them share one request pace), saving progress after every chunk;
 * at start-up it resumes the jobs a previous run left RUNNING. Requests go through the service's shared SmartAPI
 * client (one session with the live feed); pacing and pauses run on the injected clock and sleeper.
 */
@Component
class BackfillRunner implements ApplicationRunner, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BackfillRunner.class);

    private final BackfillJobs jobs;
    private final Instruments instruments;
    private final CandleWriter writer;
    private final Optional<SmartApiClient> api;
    private final BackfillProperties properties;
    private final NseCalendar calendar;
    private final Pace pace;
    private final Sleeper sleeper;
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("backfill").daemon().factory());

    BackfillRunner(BackfillJobs jobs, Instruments instruments, CandleWriter writer, AngelOneApi angelOne,
                   BackfillProperties properties, NseCalendar calendar, Clock clock, Sleeper sleeper) {
        this.jobs = jobs;
        this.instruments = instruments;
        this.writer = writer;
        this.api = angelOne.client();
        this.properties = properties;
        this.calendar = calendar;
        this.pace = Pace.perSecond(properties.requestsPerSecond(), clock, sleeper);
        this.sleeper = sleeper;
    }

    boolean available() {
        return api.isPresent();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (available()) {
            jobs.running().forEach(this::start);
        }
    }

    void start(BackfillJob job) {
        worker.execute(() -> {
            try {
                run(job);
            } catch (RuntimeException e) {
                log.warn("backfill {} failed", job.id(), e);
                jobs.fail(job.id(), e.getMessage());
            }
        });
    }

    private void run(BackfillJob job) {
        Instrument instrument = instruments.find(job.instrumentId()).orElseThrow().instrument();
        SmartApiClient client = api.orElseThrow();
        List<Chunks.Chunk> chunks = Chunks.of(job.interval(), job.from(), job.to());
        for (int index = job.chunksDone(); index < chunks.size(); index++) {
            Chunks.Chunk chunk = chunks.get(index);
            List<Bar> bars = fetch(client, instrument, job, chunk).stream()
                    .filter(bar -> !bar.start().isBefore(chunk.from()) && bar.start().isBefore(chunk.to())).toList();
            jobs.chunkDone(job.id(), index + 1, writer.upsert(job.instrumentId(), job.interval(), bars));
        }
        jobs.finish(job.id(), Gaps.find(job.interval(), job.from(), job.to(),
                writer.times(job.instrumentId(), job.interval(), job.from(), job.to()), calendar));
    }

    /** One paced request; a rate-limit refusal is retried after a pause. */
    private List<Bar> fetch(SmartApiClient client, Instrument instrument, BackfillJob job, Chunks.Chunk chunk) {
        LocalDateTime from = IstTime.dateTime(chunk.from());
        LocalDateTime lastMinute = IstTime.dateTime(chunk.to()).minusMinutes(1);
        for (int attempt = 0; ; attempt++) {
            pace.await();
            try {
                return client.candles(instrument.exchange(), instrument.token(), job.interval(), from, lastMinute);
            } catch (SmartApiException e) {
                if (!e.isRateLimit() || attempt >= properties.rateLimitRetries()) {
                    throw e;
                }
                sleeper.sleep(properties.rateLimitPause());
            }
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
