package io.newsmon.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ExtractionBenchmark} and states its result in MB/s per core, the unit newsmon's
 * target is set in (at least 20 MB/s per core for the extractor). JMH measures operations per
 * second; one operation reads one story, so MB/s = ops/s x mean story bytes / 10^6.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar} from the repository root (the
 * collection is read from {@code ../shared/data/reuters21578}; {@code -Dnewsmon.reuters=DIR} to
 * change it). Arguments are JMH's own ({@code -h} lists them): regular expressions selecting
 * benchmarks, {@code -wi 10} for more warm-up iterations, {@code -prof gc}...
 */
public final class ThroughputReport {

    private static final double TARGET_MB_PER_S = 20.0;

    private ThroughputReport() {
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException, IOException {
        CommandLineOptions commandLine = new CommandLineOptions(args);
        if (commandLine.shouldHelp()) {
            commandLine.showHelp();
            return;
        }
        NewsCorpus corpus = NewsCorpus.load();
        ChainedOptionsBuilder options = new OptionsBuilder().parent(commandLine);
        if (commandLine.getIncludes().isEmpty()) {
            options.include(ExtractionBenchmark.class.getName());
        }
        // The forked JVM must find the same corpus (after any -jvmArgsAppend of the command line: this replaces it).
        List<String> jvmArgs = new ArrayList<>(commandLine.getJvmArgsAppend().orElse(List.of()));
        jvmArgs.add("-Dnewsmon.reuters=" + NewsCorpus.dir());
        options.jvmArgsAppend(jvmArgs.toArray(String[]::new));
        Options built = options.build();
        Collection<RunResult> results = new Runner(built).run();

        System.out.printf(Locale.ROOT, "%nCorpus: %d Reuters-21578 ModLewis TEST stories, %d bytes (UTF-8, title + body),"
                + " one story (mean %.0f bytes) per operation%n",
                corpus.articles().size(), corpus.bytes(), (double) corpus.bytes() / corpus.articles().size());
        System.out.printf(Locale.ROOT, "Single thread (= per core), %s%n", machine());
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            double opsPerSecond = result.getPrimaryResult().getScore();
            double error = result.getPrimaryResult().getScoreError();
            double meanBytes = (double) corpus.bytes() / corpus.articles().size();
            double mbPerSecond = opsPerSecond * meanBytes / 1e6;
            double mbError = Double.isNaN(error) ? Double.NaN : error * meanBytes / 1e6;
            System.out.printf(Locale.ROOT, "%-58s %8.2f MB/s per core (± %.2f)   %s%n", name, mbPerSecond, mbError,
                    name.endsWith("extractEvents")
                            ? (mbPerSecond >= TARGET_MB_PER_S ? "meets" : "BELOW") + " the 20 MB/s target"
                            : "");
        }
    }

    private static String machine() {
        return String.format(Locale.ROOT, "Java %s (%s), %s %s, %d processors available",
                System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors());
    }
}
