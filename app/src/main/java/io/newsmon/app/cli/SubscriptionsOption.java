package io.newsmon.app.cli;

import io.newsmon.consumer.subscription.Subscriptions;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** --subscriptions: the analysts' subscriptions file (see docs/subscriptions.example.yaml). */
final class SubscriptionsOption {
    @Option(names = "--subscriptions", paramLabel = "FILE",
            description = "Subscriptions file (YAML or JSON): who gets which alerts and digests, by which channel.")
    Path file;

    /** The subscriptions, checked as a whole; none when no file was given. */
    Subscriptions load() {
        return file == null ? new Subscriptions(List.of()) : Subscriptions.load(file);
    }
}
