package com.algotrading.data.cli;

import com.algotrading.common.market.Exchange;
import com.algotrading.common.market.Interval;
import com.algotrading.common.market.Symbol;
import com.algotrading.common.service.web.ApiProblem;
import com.algotrading.common.settings.PlatformSettings;
import com.algotrading.data.candles.CandleImport;
import com.algotrading.data.candles.ImportResult;
import com.algotrading.data.instruments.Instruments;
import com.algotrading.data.instruments.UnknownInstrumentException;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code import --file F --exchange NSE --symbol RELIANCE-EQ --interval 1m [--skip-bad-rows]}: the same import
 * as {@code POST /api/v1/candles/import}, against the database of {@code DB_URL}, without a web server or live
 * feed. Exit 0 on success, 1 when rows were bad (nothing written unless --skip-bad-rows), 2 on a usage error.
 */
public final class ImportCommand {

    public static final String NAME = "import";
    private static final String USAGE = "usage: java -jar data-service.jar import --file F --exchange NSE"
            + " --symbol RELIANCE-EQ --interval 1m|1d [--skip-bad-rows]";

    private ImportCommand() {
    }

    /**
     * @param application the service's application class, whose context the command starts without a web server
     *                    (passed in, so this package does not depend on the one that dispatches to it)
     */
    public static int run(Class<?> application, PlatformSettings settings, String[] args) {
        Map<String, String> options;
        try {
            options = options(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).profiles(settings.environment().profile())
                .properties("data.feed.kind=none", "logging.level.root=WARN").run()) {
            return importFile(context, options, System.out, System.err);
        }
    }

    static int importFile(ConfigurableApplicationContext context, Map<String, String> options, PrintStream out,
                          PrintStream err) {
        try (InputStream csv = Files.newInputStream(Path.of(options.get("file")))) {
            Symbol symbol = new Symbol(Exchange.valueOf(options.get("exchange").toUpperCase(Locale.ROOT)),
                    options.get("symbol"));
            Interval interval = Interval.parse(options.get("interval"));
            ImportResult result = context.getBean(CandleImport.class).importCsv(
                    context.getBean(Instruments.class).require(symbol), interval, csv,
                    options.containsKey("skip-bad-rows"));
            out.printf("inserted %d, updated %d, bad rows %d%n", result.inserted(), result.updated(),
                    result.badRowCount());
            result.badRows().forEach(row -> err.printf("line %d: %s%n", row.line(), row.reason()));
            return 0;
        } catch (ApiProblem e) {
            err.println(e.getMessage());
            if (e.properties().get("badRows") instanceof List<?> rows) {
                rows.forEach(err::println);
            }
            return 1;
        } catch (UnknownInstrumentException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            err.println("cannot read " + options.get("file") + ": " + e.getMessage());
            return 2;
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
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
