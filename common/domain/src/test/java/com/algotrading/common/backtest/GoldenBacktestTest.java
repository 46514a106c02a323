package com.algotrading.common.backtest;

import com.algotrading.common.barfiles.BarFile;
import com.algotrading.common.charges.ChargesModel;
import com.algotrading.common.charges.Segment;
import com.algotrading.common.market.Bar;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.SyntheticBars;
import com.algotrading.common.market.TickSize;
import com.algotrading.common.strategies.ExitRules;
import com.algotrading.common.strategies.Sizing;
import com.algotrading.common.strategies.StrategyCatalog;
import com.algotrading.common.strategies.StrategyRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full backtests over seeded random-walk data in {@code src/test/resources}, compared byte for byte with the
 * reviewed output beside it. After an intended change of behaviour, regenerate both with
 * {@code ./mvnw -pl common/domain test -Dtest=GoldenBacktestTest -Dgolden.update=true} and review the diff.
 */
class GoldenBacktestTest {

    private static final Path RESOURCES = Path.of("src/test/resources/com/algotrading/common/backtest");

    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("daily-sma-crossover", (Supplier<List<Bar>>) () -> SyntheticBars.daily(20261124, 750,
                        LocalDate.of(2023, 1, 2)), "sma-crossover", Map.of("fast", "10", "slow", "30"),
                        new BacktestSettings(FillModel.NEXT_OPEN, 5, Segment.EQUITY_DELIVERY, BacktestSettings.DEFAULT_CAPITAL, TickSize.EQUITY),
                        new StrategyRun(null, new Sizing.PercentOfEquity(500_000), new ExitRules(80_000, 0, 120_000,
                                Optional.empty(), Optional.empty()), 1)),
                Arguments.of("intraday-ema-crossover", (Supplier<List<Bar>>) () -> SyntheticBars.intraday(7, 10,
                        Interval.FIVE_MINUTE, LocalDate.of(2026, 3, 2)), "ema-crossover", Map.of("fast", "5", "slow", "20"),
                        new BacktestSettings(FillModel.CLOSE, 2, Segment.EQUITY_INTRADAY, BacktestSettings.DEFAULT_CAPITAL, TickSize.EQUITY),
                        new StrategyRun(null, new Sizing.FixedCapital(20_000_000), ExitRules.intraday(10_000, 20_000, 0), 1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void fullBacktestOutputIsUnchanged(String name, Supplier<List<Bar>> generator, String strategy,
                                       Map<String, String> parameters, BacktestSettings settings, StrategyRun template)
            throws IOException {
        Path data = RESOURCES.resolve(name + ".csv");
        Path expected = RESOURCES.resolve(name + ".expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            StringWriter csv = new StringWriter();
            BarFile.write(generator.get(), csv);
            Files.writeString(data, csv.toString());
        }
        List<Bar> bars;
        try (BufferedReader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
            bars = BarFile.read(reader, null);
        }
        Map<String, BigDecimal> values = new java.util.TreeMap<>();
        parameters.forEach((key, value) -> values.put(key, new BigDecimal(value)));
        StrategyRun run = template.withStrategy(StrategyCatalog.type(strategy).create(values));
        BacktestResult result = new Backtest(settings, ChargesModel.bundled()).run(bars, run);
        String actual = BacktestReport.summary(result.metrics()) + "\n" + BacktestReport.trades(result.trades());
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual);
        }
        assertThat(actual).isEqualTo(Files.readString(expected));
    }
}
