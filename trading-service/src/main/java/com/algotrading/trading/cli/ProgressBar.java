package com.algotrading.trading.cli;

import java.io.PrintWriter;
import java.util.function.IntConsumer;

/**
 * A one-line progress bar on stderr, redrawn in place at each whole percent; silent unless stderr is a terminal, so
 * redirected output and logs stay clean.
 */
final class ProgressBar implements IntConsumer {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final int total;
    private int shownPercent = -1;

    private ProgressBar(PrintWriter err, String label, int total) {
        this.err = err;
        this.label = label;
        this.total = total;
    }

    /** A bar when the console is an interactive terminal, otherwise a no-op. */
    static IntConsumer onTerminal(PrintWriter err, String label, int total) {
        return System.console() != null && System.console().isTerminal() ? new ProgressBar(err, label, total) : done -> { };
    }

    @Override
    public synchronized void accept(int done) {
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        if (percent <= shownPercent) {
            return;
        }
        shownPercent = percent;
        int filled = percent * WIDTH / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + percent + "% " + done + "/" + total);
        if (done >= total) {
            err.print("\r" + " ".repeat(label.length() + WIDTH + 20) + "\r");
        }
        err.flush();
    }
}
