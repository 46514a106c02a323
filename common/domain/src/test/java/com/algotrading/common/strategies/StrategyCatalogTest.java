package com.algotrading.common.strategies;

import com.algotrading.common.market.Bar;
import com.algotrading.common.orders.Position;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrategyCatalogTest {

    private static List<Signal> signals(Strategy strategy, long... closes) {
        List<Signal> signals = new ArrayList<>();
        Instant time = Instant.parse("2026-03-02T03:45:00Z");
        for (long close : closes) {
            signals.add(strategy.onBar(new Bar(time, close, close, close, close, 1), Position.FLAT));
            time = time.plusSeconds(86_400);
        }
        return signals;
    }

    private static Map<String, BigDecimal> params(String... pairs) {
        Map<String, BigDecimal> values = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], new BigDecimal(pairs[i + 1]));
        }
        return values;
    }

    @Test
    void smaCrossoverGoesLongOnCrossAboveAndFlatOnCrossBelow() {
        Strategy strategy = StrategyCatalog.type("sma-crossover").create(params("fast", "1", "slow", "2"));
        // SMA(1) = close, SMA(2) = mean of last two closes: fast − slow has the sign of the last change.
        assertThat(signals(strategy, 100, 90, 90, 95, 96, 94, 94, 94))
                .containsExactly(Signal.NONE, Signal.NONE, Signal.NONE, Signal.ENTER_LONG, Signal.NONE,
                        Signal.EXIT_LONG, Signal.NONE, Signal.NONE);
    }

    @Test
    void rsiReversionEntersWhenRsiCrossesBelowLowerAndExitsAboveUpper() {
        Strategy strategy = StrategyCatalog.type("rsi-reversion").create(params("period", "2", "lower", "30", "upper", "70"));
        // RSI(2): up, up → 100; down hard → below 30 (cross below from above); up hard → above 70.
        assertThat(signals(strategy, 100, 101, 102, 90, 80, 100, 110))
                .containsExactly(Signal.NONE, Signal.NONE, Signal.NONE, Signal.ENTER_LONG, Signal.NONE,
                        Signal.EXIT_LONG, Signal.NONE);
    }

    @Test
    void parametersAreDescribedAndValidated() {
        StrategyType type = StrategyCatalog.type("sma-crossover");
        assertThat(type.parameters()).extracting(ParameterDescriptor::name).containsExactly("fast", "slow");
        assertThat(type.parameters().getFirst().defaultValue()).isEqualTo(BigDecimal.TEN);
        assertThatThrownBy(() -> type.create(params("fast", "30", "slow", "10"))).hasMessageContaining("fast must be shorter");
        assertThatThrownBy(() -> type.create(params("fast", "2.5"))).hasMessageContaining("whole number");
        assertThatThrownBy(() -> type.create(params("fats", "2"))).hasMessageContaining("no parameter fats");
        assertThatThrownBy(() -> type.create(params("fast", "0"))).hasMessageContaining("[1, 1000]");
        assertThatThrownBy(() -> StrategyCatalog.type("nope")).hasMessageContaining("known: sma-crossover");
    }

    @Test
    void sizingBuysWholeLotsOnly() {
        assertThat(new Sizing.FixedQuantity(130).quantity(10_000, 0, 50)).isEqualTo(100);
        assertThat(new Sizing.FixedCapital(1_100_000).quantity(10_000, 0, 25)).isEqualTo(100);
        assertThat(new Sizing.PercentOfEquity(250_000).quantity(10_000, 10_000_000, 1)).isEqualTo(250);
        assertThat(new Sizing.PercentOfEquity(250_000).quantity(10_000, -5, 1)).isZero();
    }
}
