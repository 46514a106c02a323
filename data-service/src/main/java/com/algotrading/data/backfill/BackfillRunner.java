package com.algotrading.data.backfill;

import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Instrument;
import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.data.candles.CandleWriter;
import com.algotrading.data.feed.angelone.AngelOneException;
import com.algotrading.data.feed.angelone.AngelOneProperties;
import com.algotrading.data.feed.angelone.SmartApiClient;
import com.algotrading.data.instruments.Instruments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Runs backfill jobs one at a time (so all of them share one request pace), saving progress after every chunk;
 * at start-up it resumes the jobs a previous run left RUNNING.
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
    private final ExecutorService worker =
            Executors.newSingleThreadExecutor(Thread.ofPlatform().name("backfill").daemon().factory());
    private Instant lastRequest = Instant.EPOCH;

    BackfillRunner(BackfillJobs jobs, Instruments instruments, CandleWriter writer, PlatformSettings settings,
                   AngelOneProperties angelOne, ObjectMapper json, Clock clock, BackfillProperties properties,
                   NseCalendar calendar) {
        this.jobs = jobs;
        this.instruments = instruments;
        this.writer = writer;
        this.api = settings.angelOne().map(credentials -> new SmartApiClient(angelOne.apiUrl(), credentials, json,
                clock));
        this.properties = properties;
        this.calendar = calendar;
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
        SmartApiClient.Session session = client.login();
        List<Chunks.Chunk> chunks = Chunks.of(job.interval(), job.from(), job.to());
        for (int index = job.chunksDone(); index < chunks.size(); index++) {
            Chunks.Chunk chunk = chunks.get(index);
            List<Bar> bars = fetch(client, session, instrument, job, chunk).stream()
                    .filter(bar -> !bar.start().isBefore(chunk.from()) && bar.start().isBefore(chunk.to())).toList();
            jobs.chunkDone(job.id(), index + 1, writer.upsert(job.instrumentId(), job.interval(), bars));
        }
        jobs.finish(job.id(), Gaps.find(job.interval(), job.from(), job.to(),
                writer.times(job.instrumentId(), job.interval(), job.from(), job.to()), calendar));
    }

    /** One paced request; a rate-limit refusal is retried after a pause. */
    private List<Bar> fetch(SmartApiClient client, SmartApiClient.Session session, Instrument instrument,
                            BackfillJob job, Chunks.Chunk chunk) {
        LocalDateTime from = LocalDateTime.ofInstant(chunk.from(), IstTime.ZONE);
        LocalDateTime lastMinute = LocalDateTime.ofInstant(chunk.to(), IstTime.ZONE).minusMinutes(1);
        for (int attempt = 0; ; attempt++) {
            pace();
            try {
                return client.candles(session, instrument.exchange(), instrument.token(), job.interval(), from,
                        lastMinute);
            } catch (AngelOneException e) {
                if (!e.isRateLimit() || attempt >= properties.rateLimitRetries()) {
                    throw e;
                }
                sleep(properties.rateLimitPause());
            }
        }
    }

    /** Keeps request starts at least 1/requestsPerSecond apart. */
    private void pace() {
        Duration gap = Duration.ofMillis(1000 / properties.requestsPerSecond());
        Duration wait = Duration.between(Instant.now(), lastRequest.plus(gap));
        if (!wait.isNegative()) {
            sleep(wait);
        }
        lastRequest = Instant.now();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("backfill interrupted", e);
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
