package com.algotrading.data.instruments;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;

/**
 * @param loadDemoSet whether the bundled NIFTY 50 set is upserted at start-up ({@code DEMO_INSTRUMENTS})
 * @param masterUrl   where {@code POST /api/v1/instruments/import} without a body fetches Angel One's master
 *                    ({@code ANGEL_ONE_SCRIP_MASTER_URL})
 */
@Validated
@ConfigurationProperties("data.instruments")
public record InstrumentsProperties(boolean loadDemoSet, @NotNull URI masterUrl) {
}
