package com.algotrading.data.archive;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.util.Optional;

/**
 * @param bucket   {@code ARCHIVE_S3_BUCKET}; unset disables the archive
 * @param cron     when the nightly run starts, IST ({@code ARCHIVE_CRON}, default 02:00); it archives the previous
 *                 trading day
 * @param endpoint {@code AWS_ENDPOINT_URL}: an S3-compatible server instead of AWS (path-style addressing)
 * @param region   {@code AWS_REGION}
 */
@Validated
@ConfigurationProperties("data.archive")
record ArchiveProperties(Optional<String> bucket, @NotBlank String cron, Optional<URI> endpoint,
                                @NotBlank String region) {
}
