package io.newsmon.app.pipeline;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.consumer.DeliveryStats;
import io.newsmon.consumer.NewsmonConsumer;
import io.newsmon.consumer.SubscriptionRunner;
import io.newsmon.consumer.SubscriptionStats;
import io.newsmon.consumer.subscription.Subscription;
import io.newsmon.consumer.subscription.Subscriptions;
import io.newsmon.kafka.embedded.EmbeddedKafkaBroker;
import io.newsmon.producer.extract.EventExtractor;
import io.newsmon.producer.extract.RelationModel;
import io.newsmon.producer.input.NewsReader;
import io.newsmon.producer.input.ReadOptions;
import io.newsmon.producer.publish.NewsPublisher;
import io.newsmon.producer.publish.PublishReport;
import io.newsmon.streams.NewsmonStreams;
import io.newsmon.topics.TopicAdmin;
import io.newsmon.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;

/**
 * The whole pipeline in one process: producer, streams and consumer against one cluster (an
 * embedded broker when no bootstrap.servers is configured), fed once, run until every stage has
 * processed everything, then stopped. What {@code newsmon demo} runs, and what the end-to-end
 * tests run.
 */
public final class Pipeline {
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(5);

    private final NewsmonConfig config;
    private final Subscriptions subscriptions;
    private final ProgressListener progress;

    /** Told how the run goes, for a progress display. */
    public interface ProgressListener {
        void phase(String name);

        void published(PublishReport soFar);

        void waiting(String stage, long lag);

        static ProgressListener silent() {
            return new ProgressListener() {
                @Override
                public void phase(String name) {
                }

                @Override
                public void published(PublishReport soFar) {
                }

                @Override
                public void waiting(String stage, long lag) {
                }
            };
        }
    }

    public Pipeline(NewsmonConfig config, ProgressListener progress) {
        this(config, new Subscriptions(List.of()), progress);
    }

    /** A pipeline that also delivers the analysts' subscriptions (each in its own consumer group). */
    public Pipeline(NewsmonConfig config, Subscriptions subscriptions, ProgressListener progress) {
        this.config = config;
        this.subscriptions = subscriptions;
        this.progress = progress;
    }

    /** Runs the pipeline over the inputs and returns what it did. */
    public PipelineReport run(List<String> inputs, Instant defaultPublished) {
        long started = System.nanoTime();
        EmbeddedKafkaBroker broker = null;
        Path stateDir = null;
        try {
            NewsmonConfig effective = config;
            if (config.embedded()) {
                progress.phase("starting embedded Kafka broker");
                broker = EmbeddedKafkaBroker.start();
                effective = effective.withBootstrapServers(broker.bootstrapServers());
            }
            // A fresh state directory per run: the demo is a one-shot job, not a long-lived instance.
            stateDir = Files.createTempDirectory("newsmon-state-");
            effective = effective.with(NewsmonConfig.STATE_DIR, stateDir.toString());
            return runOn(effective, inputs, defaultPublished, started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (broker != null) {
                progress.phase("stopping embedded Kafka broker");
                broker.close();
            }
            if (stateDir != null) {
                deleteRecursively(stateDir);
            }
        }
    }

    private PipelineReport runOn(NewsmonConfig cfg, List<String> inputs, Instant defaultPublished, long started) {
        progress.phase("creating topics");
        TopicAdmin.ensureTopics(cfg);

        progress.phase("starting streams");
        DeliveryStats delivered;
        Map<String, SubscriptionStats> subscribed;
        PublishReport published;
        try (NewsmonStreams streams = new NewsmonStreams(cfg);
             NewsmonConsumer consumer = new NewsmonConsumer(cfg);
             SubscriptionRunner subscribers = new SubscriptionRunner(cfg, subscriptions);
             Admin admin = Admin.create(cfg.clientProperties())) {
            streams.start();
            start(consumer, "newsmon-consumer");
            start(subscribers, "newsmon-subscriptions");
            awaitSubscribers(subscribers);

            progress.phase("publishing news");
            EventExtractor extractor = new EventExtractor(cfg.relationModel() ? RelationModel.bundled() : RelationModel.none());
            try (NewsPublisher publisher = new NewsPublisher(cfg, extractor)) {
                published = publisher.publish(new NewsReader(new ReadOptions(defaultPublished)).read(inputs),
                        progress::published);
            }

            Drain drain = new Drain(admin, cfg.clientProperties());
            progress.phase("waiting for streams");
            String applicationId = cfg.getString(NewsmonConfig.APPLICATION_ID);
            drain.await(applicationId, drain.streamsTopics(applicationId,
                            Set.of(Topics.DIPLOMATIC_EVENTS.name(), Topics.TRADE_EVENTS.name())),
                    DRAIN_TIMEOUT, lag -> progress.waiting("streams", lag));
            progress.phase("waiting for consumer");
            drain.await(cfg.getString(NewsmonConfig.CONSUMER_GROUP),
                    Set.of(Topics.ALERTS.name(), Topics.DIGESTS.name()),
                    DRAIN_TIMEOUT, lag -> progress.waiting("consumer", lag));
            for (Subscription subscription : subscriptions.all()) {
                progress.phase("waiting for subscription " + subscription.name());
                drain.await(subscription.consumerGroup(), Set.of(Topics.ALERTS.name(), Topics.DIGESTS.name()),
                        DRAIN_TIMEOUT, lag -> progress.waiting(subscription.name(), lag));
            }
            progress.phase("stopping");
            consumer.close();
            subscribers.close();
            delivered = consumer.stats();
            subscribed = subscribers.stats();
        }
        Path out = Path.of(cfg.getString(NewsmonConfig.OUT_DIR));
        return new PipelineReport(published.articles(), published.events(), published.deadLetters(),
                delivered.alertsWritten(), lines(out.resolve("alerts.jsonl")), digestPages(out.resolve("digests")),
                subscribed, out.resolve("alerts.jsonl"),
                out.resolve("digests"), (System.nanoTime() - started) / 1e9);
    }

    private static long lines(Path file) {
        if (!Files.exists(file)) {
            return 0;
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Digest pages on disk (one HTML page per digest; the index is not one). */
    private static long digestPages(Path digests) {
        if (!Files.isDirectory(digests)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(digests)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".html") && !n.equals("index.html")).count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + digests, e);
        }
    }

    private static void start(Runnable stage, String name) {
        Thread thread = new Thread(stage, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** A subscription starting "now" must be positioned before the first alert is published. */
    private static void awaitSubscribers(SubscriptionRunner subscribers) {
        try {
            if (!subscribers.awaitStarted(Duration.ofSeconds(60))) {
                throw new IllegalStateException("subscriptions did not get their partitions within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting subscriptions", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp folder is not worth failing the run for
        }
    }
}
