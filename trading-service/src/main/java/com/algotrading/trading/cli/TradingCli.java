package com.algotrading.trading.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Set;

/** Dispatches {@code backtest}, {@code indicators} and {@code sweep}; any other first argument starts the service. */
@Command(name = "trading-service", mixinStandardHelpOptions = true,
        subcommands = {BacktestCommand.class, IndicatorsCommand.class, SweepCommand.class},
        description = "Backtests, indicator values and parameter sweeps over a CSV of bars")
public final class TradingCli {

    private static final Set<String> COMMANDS = Set.of("backtest", "indicators", "sweep");

    private TradingCli() {
    }

    public static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    /** Runs a command and returns its exit code: 0 success, 2 bad usage or bad data, 1 anything unexpected. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TradingCli());
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
            err.println("error: " + exception.getMessage().replaceFirst("^Error: ", "") + " (see "
                    + exception.getCommandLine().getCommandName() + " --help)");
            return CommandLine.ExitCode.USAGE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
