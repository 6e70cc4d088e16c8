package io.newsmon.app.cli;

import io.newsmon.app.pipeline.Pipeline;
import io.newsmon.producer.publish.PublishReport;
import java.io.PrintStream;

/**
 * Shows a pipeline run on stderr: one line per phase with the elapsed time, and a counter that is
 * redrawn in place on a terminal (and printed now and then when stderr is a file or CI log).
 */
final class ConsoleProgress implements Pipeline.ProgressListener {
    private static final long LOG_EVERY_MS = 2000;

    private final PrintStream err;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastLine;
    private boolean midLine;

    ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    @Override
    public synchronized void phase(String name) {
        endLine();
        err.printf("[%6.1fs] %s%n", elapsed(), name);
    }

    @Override
    public synchronized void published(PublishReport soFar) {
        status(String.format("published %d articles, %d events, %d dead letters",
                soFar.articles(), soFar.events(), soFar.deadLetters()));
    }

    @Override
    public synchronized void waiting(String stage, long lag) {
        status(String.format("%s: %d records left to process", stage, lag));
    }

    private void status(String text) {
        long now = System.currentTimeMillis();
        if (terminal) {
            err.printf("\r[%6.1fs]   %-70s", elapsed(), text);
            midLine = true;
        } else if (now - lastLine >= LOG_EVERY_MS) {
            err.printf("[%6.1fs]   %s%n", elapsed(), text);
            lastLine = now;
        }
    }

    synchronized void endLine() {
        if (midLine) {
            err.println();
            midLine = false;
        }
    }

    private double elapsed() {
        return (System.nanoTime() - started) / 1e9;
    }
}
