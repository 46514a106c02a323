package com.algotrading.data.feed.simulated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param seed             the random seed: the same seed and clock give the same ticks ({@code SIMULATOR_SEED})
 * @param ticksPerSecond   ticks per instrument per second ({@code SIMULATOR_TICKS_PER_SECOND})
 * @param alwaysOpen       tick around the clock instead of during NSE sessions ({@code SIMULATOR_ALWAYS_OPEN})
 * @param annualVolatility the geometric Brownian motion's σ per year of trading time ({@code SIMULATOR_VOLATILITY})
 */
@Validated
@ConfigurationProperties("data.simulator")
public record SimulatorProperties(long seed, @Min(1) @Max(1000) int ticksPerSecond, boolean alwaysOpen,
                                  @DecimalMin("0.0") @DecimalMax("5.0") double annualVolatility) {
}
