package com.algotrading.trading.cli;

import com.algotrading.common.backtest.BacktestReport;
import com.algotrading.common.indicators.Indicator;
import com.algotrading.common.indicators.IndicatorSpec;
import com.algotrading.common.market.Bar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "indicators", mixinStandardHelpOptions = true,
        description = "Indicator values per bar as CSV: timestamp, then one column per output named name(args)")
final class IndicatorsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOptions data;

    @Option(names = "--indicator", required = true, paramLabel = "name:args",
            description = "Repeatable, e.g. rsi:14, macd:12,26,9, bbands:20,2. Names: sma ema wma rsi macd bbands atr adx stoch cci "
                    + "obv vwap supertrend")
    List<String> indicators;

    @Option(names = "--out", paramLabel = "values.csv", description = "Output file (default: standard output)")
    Path out;

    @Override
    public Integer call() throws IOException {
        List<IndicatorSpec> specs = indicators.stream().map(IndicatorSpec::parse).toList();
        List<Bar> bars = data.bars(spec.commandLine().getErr());
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            write(specs, bars, stdout);
            stdout.flush();
        } else {
            try (BufferedWriter file = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                write(specs, bars, file);
            }
        }
        return 0;
    }

    private static void write(List<IndicatorSpec> specs, List<Bar> bars, Writer writer) throws IOException {
        List<Indicator> live = new ArrayList<>();
        StringBuilder header = new StringBuilder("timestamp");
        for (IndicatorSpec indicator : specs) {
            live.add(indicator.create());
            indicator.columns().forEach(column -> header.append(',').append(column));
        }
        writer.write(header.append('\n').toString());
        StringBuilder row = new StringBuilder();
        for (Bar bar : bars) {
            row.setLength(0);
            row.append(BacktestReport.time(bar.start()));
            for (Indicator indicator : live) {
                indicator.update(bar);
                for (int o = 0; o < indicator.outputNames().size(); o++) {
                    row.append(',').append(cell(indicator.isReady() ? indicator.output(o) : Double.NaN));
                }
            }
            writer.write(row.append('\n').toString());
        }
    }

    /** Empty during warm-up; whole numbers without a fraction; others in full double precision. */
    private static String cell(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).toPlainString();
    }
}
