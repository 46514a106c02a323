package com.algotrading.data.feed.angelone;

import com.algotrading.common.market.Tick;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/** Binary tick parsing, one Quote packet per operation, cycling over 1024 distinct packets. Target ≥ 10 M/s. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TickParsingBenchmark {

    private final ByteBuffer[] packets = new ByteBuffer[1024];
    private int next;

    @Setup
    public void packets() {
        for (int i = 0; i < packets.length; i++) {
            packets[i] = ByteBuffer.wrap(Packets.quote(1, Integer.toString(1000 + i % 50), 1_735_790_400_000L + i,
                    150_000 + i, 10, 1_000 + i));
        }
    }

    @Benchmark
    public Tick quotePacket() {
        next = (next + 1) & (packets.length - 1);
        return TickPackets.parse(packets[next]);
    }
}
