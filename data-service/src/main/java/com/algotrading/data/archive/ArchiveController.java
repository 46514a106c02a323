package com.algotrading.data.archive;

import com.algotrading.common.market.IstTime;
import com.algotrading.common.market.NseCalendar;
import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.data.candlestore.CandleTable;
import com.algotrading.data.web.ProblemType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The archive's schedule and its on-demand endpoint. Without {@code ARCHIVE_S3_BUCKET} nothing runs and the
 * endpoint answers 503.
 */
@RestController
class ArchiveController {

    private static final Logger log = LoggerFactory.getLogger(ArchiveController.class);

    private final Optional<CandleArchive> archive;
    private final NseCalendar calendar;
    private final Clock clock;

    ArchiveController(ArchiveProperties properties, JdbcTemplate jdbc, CandleTable candles, NseCalendar calendar,
                      Clock clock) {
        this.archive = properties.bucket().filter(bucket -> !bucket.isBlank())
                .map(bucket -> new CandleArchive(jdbc, candles, s3(properties), bucket, clock));
        this.calendar = calendar;
        this.clock = clock;
    }

    private static S3Client s3(ArchiveProperties properties) {
        S3ClientBuilder builder = S3Client.builder().region(Region.of(properties.region()));
        properties.endpoint().ifPresent(endpoint -> builder.endpointOverride(endpoint).forcePathStyle(true));
        return builder.build();
    }

    /** Nightly: the previous trading day. */
    @Scheduled(cron = "${data.archive.cron}", zone = IstTime.ZONE_NAME)
    void nightly() {
        archive.ifPresent(candles -> {
            ArchiveRun run = candles.run(calendar.previousTradingDay(clock.instant().atZone(IstTime.ZONE)
                    .toLocalDate()));
            log.info("archive run {}", run);
        });
    }

    /** {@code POST /api/v1/archive/run?date=YYYY-MM-DD}: archives that day now and answers the recorded run. */
    @PostMapping("/api/v1/archive/run")
    ArchiveRun runNow(@RequestParam LocalDate date) {
        return archive.orElseThrow(() -> new ApiProblem(ProblemType.ARCHIVE_NOT_CONFIGURED,
                "set ARCHIVE_S3_BUCKET (and AWS_ENDPOINT_URL for an S3-compatible server) to archive candles"))
                .run(date);
    }
}
