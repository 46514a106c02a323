package com.algotrading.trading.cli;

import com.algotrading.common.service.PlatformApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

/**
 * What {@code java -jar trading-service.jar} does: {@code serve} starts the service; {@code backtest},
 * {@code indicators} and {@code sweep} run a command; {@code help}, {@code --help}, no argument on a terminal and a
 * misspelt command print the usage. Without an argument and without a terminal (a container, a service manager) it
 * starts the service, as it always did there.
 */
@Command(name = "java -jar trading-service.jar",
        subcommands = {BacktestCommand.class, IndicatorsCommand.class, SweepCommand.class, HelpCommand.class},
        description = "Backtests, indicator values and parameter sweeps over a CSV of bars (no server, no settings"
                + " needed), or the trading service itself.",
        footer = {"", "Start the trading service (the platform's settings come from environment variables):",
                "  java -jar trading-service.jar " + PlatformApplication.SERVE,
                "Without an argument it starts too when no terminal is attached (a container, a service manager).",
                "", "Each command's options: java -jar trading-service.jar help COMMAND"})
public final class TradingCli implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit")
    boolean help;

    private TradingCli() {
    }

    /**
     * Whether these arguments start the service rather than a command: {@code serve}, or no argument at all when no
     * terminal is attached; on a terminal no argument prints the usage.
     */
    public static boolean startsService(String[] args, boolean terminal) {
        return args.length == 0 ? !terminal : args[0].equals(PlatformApplication.SERVE);
    }

    /** Runs a command and returns its exit code: 0 success, 2 bad usage or bad data, 1 anything unexpected. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TradingCli());
        commandLine.registerConverter(LocalTime.class, TradingCli::timeOfDay);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof IllegalArgumentException || exception instanceof BadInputException) {
                err.println("error: " + exception.getMessage());
                return CommandLine.ExitCode.USAGE;
            }
            throw exception;
        });
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            CommandLine failed = exception.getCommandLine();
            if (failed == commandLine) {
                // not a command: say so and show them all, with a guess at the one meant
                err.println("error: " + (exception instanceof CommandLine.UnmatchedArgumentException unmatched
                        ? "'" + unmatched.getUnmatched().getFirst() + "' is not a command"
                        : exception.getMessage().replaceFirst("^Error: ", "")));
                CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
                failed.usage(err);
            } else {
                err.println("error: " + exception.getMessage().replaceFirst("^Error: ", "") + " (see "
                        + failed.getCommandName() + " --help)");
            }
            return CommandLine.ExitCode.USAGE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** {@code --square-off} and {@code --no-entries-after}: the reason in words, not the parser's exception. */
    private static LocalTime timeOfDay(String text) {
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a time of day HH:MM on the 24-hour"
                    + " clock, e.g. 15:15");
        }
    }

    /** No command given: the usage, as a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return CommandLine.ExitCode.USAGE;
    }
}
