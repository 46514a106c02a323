package com.algotrading.data.web;

import org.springframework.http.HttpStatus;

import java.net.URI;
import java.util.Locale;

/** The stable {@code type} of each problem this service answers with: {@code /problems/<slug>}. */
public enum ProblemType {
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "Invalid parameter"),
    UNKNOWN_INTERVAL(HttpStatus.BAD_REQUEST, "Unknown interval"),
    INVALID_RANGE(HttpStatus.BAD_REQUEST, "Invalid time range"),
    RANGE_TOO_LARGE(HttpStatus.BAD_REQUEST, "Range over the row limit"),
    INVALID_CANDLES(HttpStatus.BAD_REQUEST, "Invalid candles"),
    SERVICE_TOKEN_REQUIRED(HttpStatus.UNAUTHORIZED, "Service token required"),
    UNKNOWN_INSTRUMENT(HttpStatus.NOT_FOUND, "Unknown instrument"),
    UNKNOWN_BACKFILL(HttpStatus.NOT_FOUND, "Unknown backfill job"),
    BROKER_NOT_CONFIGURED(HttpStatus.SERVICE_UNAVAILABLE, "Angel One is not configured"),
    ARCHIVE_NOT_CONFIGURED(HttpStatus.SERVICE_UNAVAILABLE, "The S3 archive is not configured");

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public URI uri() {
        return URI.create("/problems/" + name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
}
