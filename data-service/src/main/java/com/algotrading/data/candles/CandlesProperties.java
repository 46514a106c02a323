package com.algotrading.data.candles;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** @param maxRows the most candles one {@code GET /api/v1/candles} returns ({@code CANDLES_MAX_ROWS}) */
@Validated
@ConfigurationProperties("data.candles")
record CandlesProperties(@Min(1) @Max(5_000_000) int maxRows) {
}
