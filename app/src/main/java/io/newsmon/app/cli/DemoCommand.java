package io.newsmon.app.cli;

import io.newsmon.app.pipeline.Pipeline;
import io.newsmon.app.pipeline.PipelineReport;
import io.newsmon.config.NewsmonConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline once on an embedded Kafka broker (or --bootstrap-servers):",
                "publish the news, aggregate and judge it, and write alerts.jsonl and digests/ under --out."})
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--input"}, paramLabel = "FILE|DIR|URL",
            description = "News to feed (repeatable). Default: the bundled samples/.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    PublishedOption published;

    @Mixin
    SubscriptionsOption subscriptions;

    @Mixin
    ConfigOptions configOptions;

    @Override
    public Integer call() {
        List<String> feed = inputs == null || inputs.isEmpty() ? bundledSamples() : inputs;
        NewsmonConfig config = configOptions.load(Map.of(NewsmonConfig.OUT_DIR, out.toString()));
        ConsoleProgress progress = new ConsoleProgress(System.err, System.console() != null);
        PipelineReport report = new Pipeline(config, subscriptions.load(), progress).run(feed, published.instant());
        progress.endLine();
        System.out.println(report.summary());
        return 0;
    }

    /**
     * The news in samples/ beside the launcher ($NEWSMON_HOME), else in the working directory:
     * everything in it but the Markdown files at its top, which describe the samples.
     */
    private List<String> bundledSamples() {
        String home = System.getenv("NEWSMON_HOME");
        Path samples = home == null ? Path.of("samples") : Path.of(home, "samples");
        if (!Files.isDirectory(samples)) {
            throw new ParameterException(spec.commandLine(),
                    "no bundled samples at " + samples.toAbsolutePath() + "; give news with --input");
        }
        try (Stream<Path> entries = Files.list(samples)) {
            return entries.filter(p -> Files.isDirectory(p) || !p.getFileName().toString().endsWith(".md"))
                    .sorted().map(Path::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + samples, e);
        }
    }
}
