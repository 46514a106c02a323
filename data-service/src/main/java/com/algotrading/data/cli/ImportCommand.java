package com.algotrading.data.cli;

import com.algotrading.common.market.Interval;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.common.settings.StartupCheck;
import com.algotrading.data.candles.CandleImport;
import com.algotrading.data.candles.ImportResult;
import com.algotrading.data.candles.InvalidCandlesException;
import com.algotrading.data.candlestore.CandleCopy;
import com.algotrading.data.candlestore.CandleTable;
import com.algotrading.data.instruments.DemoSetLoader;
import com.algotrading.data.instruments.Instruments;
import com.algotrading.data.instruments.InstrumentsProperties;
import com.algotrading.data.instruments.UnknownInstrumentException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code import --file F --exchange NSE --symbol RELIANCE-EQ --interval 1m [--skip-bad-rows]}: the same import
 * as {@code POST /api/v1/candles/import}, against the database of {@code DB_URL}. Its arguments are checked before
 * Spring starts; Spring then starts only what an import needs ({@link Context}): no live feed, no web server, no
 * scheduled job, so it can run beside a running data-service without writing anything but the file's candles.
 * It prints one result line and nothing below WARN. Exit 0 on success, 1 when rows were bad (nothing written unless
 * --skip-bad-rows), 2 on a usage error.
 */
public final class ImportCommand {

    public static final String NAME = "import";
    static final int EXIT_BAD_ROWS = 1;
    static final int EXIT_USAGE = 2;
    private static final Set<String> OPTIONS = Set.of("file", "exchange", "symbol", "interval", "skip-bad-rows");
    private static final String USAGE = "usage: java -jar data-service.jar import --file F --exchange NSE"
            + " --symbol RELIANCE-EQ --interval 1m|1d [--skip-bad-rows]";

    /** What to import, read from the arguments before anything starts. */
    record Request(Path file, Symbol symbol, Interval interval, boolean skipBadRows) {
    }

    /**
     * The beans an import needs and nothing else: the candle import and its COPY into the candles table, the
     * instruments and the demo set it may import into. The feed, bars, streams, backfill and archive do not exist here. It is not a {@code @Configuration}, so
     * the service's own component scan never picks it up.
     */
    @EnableAutoConfiguration
    @EnableConfigurationProperties(InstrumentsProperties.class)
    @Import({CandleImport.class, CandleCopy.class, Instruments.class, DemoSetLoader.class})
    static final class Context {
    }

    private ImportCommand() {
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = request(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "\n" + USAGE);
            return EXIT_USAGE;
        }
        // the import never talks to the broker, so live mode needs no credentials here
        PlatformSettings settings = StartupCheck.settingsOrExit(System.getenv(), false);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Context.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).profiles(settings.environment().profile())
                // a command-line property, because the services' settings set the root level (LOG_LEVEL) too
                .run("--logging.level.root=WARN")) {
            return importFile(context, request, out, err);
        }
    }

    static int importFile(ConfigurableApplicationContext context, Request request, PrintStream out, PrintStream err) {
        try (InputStream csv = Files.newInputStream(request.file())) {
            ImportResult result = context.getBean(CandleImport.class).importCsv(
                    context.getBean(Instruments.class).require(request.symbol()), request.interval(), csv,
                    request.skipBadRows());
            out.printf("inserted %d, updated %d, bad rows %d%n", result.inserted(), result.updated(),
                    result.badRowCount());
            result.badRows().forEach(row -> err.printf("line %d: %s%n", row.line(), row.reason()));
            return 0;
        } catch (InvalidCandlesException e) {
            err.println(e.getMessage() + " (add --skip-bad-rows to write the good rows)");
            e.badRows().forEach(err::println);
            return EXIT_BAD_ROWS;
        } catch (UnknownInstrumentException e) {
            err.println(e.getMessage());
            return EXIT_USAGE;
        } catch (IOException e) {
            err.println("cannot read " + request.file() + ": " + e.getMessage());
            return EXIT_USAGE;
        }
    }

    /** @throws IllegalArgumentException naming the first argument that is missing or wrong */
    static Request request(String[] args) {
        Map<String, String> options = options(args);
        Path file = Path.of(options.get("file"));
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new IllegalArgumentException("--file " + file + ": no such readable file");
        }
        Symbol symbol = Symbol.parse(options.get("exchange") + ":" + options.get("symbol"));
        Interval interval = Interval.parse(options.get("interval"));
        if (!CandleTable.isStored(interval)) {
            throw new IllegalArgumentException("--interval " + interval.label() + ": only 1m and 1d candles are"
                    + " stored; the other intervals are derived from 1m on read");
        }
        return new Request(file, symbol, interval, options.containsKey("skip-bad-rows"));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            if (name.equals("skip-bad-rows")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        for (String required : new String[] {"file", "exchange", "symbol", "interval"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("--" + required + " is required");
            }
        }
        return options;
    }
}
