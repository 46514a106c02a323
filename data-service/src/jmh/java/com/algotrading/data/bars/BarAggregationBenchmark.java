package com.algotrading.data.bars;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.InstrumentToken;
import com.algotrading.common.market.Tick;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Ticks → 1-minute bars: 50 instruments, 20 ticks per instrument per second of exchange time, so a bar closes
 * every 1200 ticks per instrument. Pre-built ticks, one per operation. Target ≥ 2 M ticks/s.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BarAggregationBenchmark {

    private static final int TICKS = 1 << 18;
    private final Tick[] ticks = new Tick[TICKS];
    private BarAggregator aggregator;
    private int next;

    @Setup
    public void ticks() {
        InstrumentToken[] tokens = new InstrumentToken[50];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = new InstrumentToken(Integer.toString(1000 + i));
        }
        Instant start = Instant.parse("2025-01-02T03:45:00Z");
        for (int i = 0; i < TICKS; i++) {
            ticks[i] = new Tick(Exchange.NSE, tokens[i % 50], start.plusMillis(i), 150_000 + (i % 17) * 5, 10,
                    10L * (i / 50 + 1));
        }
        aggregator = new BarAggregator(Duration.ofSeconds(2), bar -> { });
    }

    @Benchmark
    public void tick() {
        aggregator.onTick(ticks[next]);
        next = (next + 1) & (TICKS - 1);
        if (next == 0) {
            // time would run backwards: start over as a fresh process would
            aggregator = new BarAggregator(Duration.ofSeconds(2), bar -> { });
        }
    }
}
