package com.algotrading.data.web;

import org.springframework.http.HttpStatus;

/**
 * The problem types only this service answers with (docs/data-service.md), beside the platform's
 * {@link com.algotrading.common.service.web.StandardProblem standard ones}: {@code /problems/<slug>}.
 */
public enum ProblemType implements com.algotrading.common.service.web.ProblemType {
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST, "Invalid parameter"),
    UNKNOWN_INTERVAL(HttpStatus.BAD_REQUEST, "Unknown interval"),
    INVALID_RANGE(HttpStatus.BAD_REQUEST, "Invalid time range"),
    RANGE_TOO_LARGE(HttpStatus.BAD_REQUEST, "Range over the row limit"),
    INVALID_CANDLES(HttpStatus.BAD_REQUEST, "Invalid candles"),
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

    @Override
    public HttpStatus status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }
}
