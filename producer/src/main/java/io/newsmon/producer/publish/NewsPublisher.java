package io.newsmon.producer.publish;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.Article;
import io.newsmon.model.DeadLetter;
import io.newsmon.model.NewsEvent;
import io.newsmon.producer.extract.EventExtractor;
import io.newsmon.producer.input.NewsItem;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts what was read on Kafka: articles on newsmon.articles (keyed by article id), the events
 * extracted from them and GDELT's ready events on the event topic of their family (keyed by
 * actor1, so one country's events stay in order on one partition), and everything unreadable on
 * newsmon.deadletter (keyed by origin) with its reason. The producer is idempotent with acks=all,
 * so retries never duplicate a record.
 */
public final class NewsPublisher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NewsPublisher.class);

    /** Progress is reported after this many items, and once at the end. */
    public static final int PROGRESS_EVERY = 100;
    /** Header naming the input a record came from (file:line, URL#item), for tracing it back. */
    public static final String ORIGIN_HEADER = "newsmon.origin";
    static final String STAGE = "producer";

    /** Bounded waits so that an unreachable broker fails the run in seconds instead of hanging it. */
    static final Map<String, Object> BOUNDED_WAITS = Map.of(
            ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000,
            ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
            ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000,
            ProducerConfig.LINGER_MS_CONFIG, 10);

    private final Producer<String, byte[]> producer;
    private final Function<Article, List<NewsEvent>> extraction;
    /** Extraction is the slow step: it runs ahead on these threads while records are sent in input order. */
    private final ExecutorService extractors;
    private final int window;
    private final String bootstrapServers;
    private final Clock clock;
    private final Serializer<Article> articles = NewsmonSerdes.article().serializer();
    private final Serializer<NewsEvent> events = NewsmonSerdes.event().serializer();
    private final Serializer<DeadLetter> deadLetters = NewsmonSerdes.deadLetter().serializer();

    public NewsPublisher(NewsmonConfig config, EventExtractor extractor) {
        this(config, Objects.requireNonNull(extractor, "extractor")::extract, Clock.systemUTC(),
                Runtime.getRuntime().availableProcessors());
    }

    /**
     * With any extraction function (tests use one that fails) and a number of extraction threads
     * (1: extraction runs on the caller's thread).
     */
    NewsPublisher(NewsmonConfig config, Function<Article, List<NewsEvent>> extraction, Clock clock,
                  int extractionThreads) {
        this.extraction = extraction;
        this.clock = clock;
        this.window = extractionThreads <= 1 ? 1 : extractionThreads * 8;
        this.extractors = extractionThreads <= 1 ? null : Executors.newFixedThreadPool(extractionThreads, task -> {
            Thread thread = new Thread(task, "newsmon-extract");
            thread.setDaemon(true);
            return thread;
        });
        this.bootstrapServers = config.bootstrapServers();
        if (bootstrapServers.isBlank()) {
            shutdownExtractors();
            throw new IllegalArgumentException("bootstrap.servers is empty: start a broker (or the demo's embedded "
                    + "one) and pass its address");
        }
        try {
            this.producer = new KafkaProducer<>(producerProperties(config));
        } catch (KafkaException e) {
            shutdownExtractors();
            throw new IllegalArgumentException("cannot create a Kafka producer for " + bootstrapServers + ": "
                    + rootMessage(e), e);
        }
    }

    /** Settings: bounded waits unless the user set them, then the user's client settings, then what newsmon needs. */
    static Map<String, Object> producerProperties(NewsmonConfig config) {
        Map<String, Object> props = new HashMap<>(BOUNDED_WAITS);
        props.putAll(config.clientProperties());
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, config.getString(NewsmonConfig.PRODUCER_CLIENT_ID));
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return props;
    }

    /**
     * Publishes articles to newsmon.articles, their extracted events to the event topics
     * (Topics.eventsOf(kind.family()), keyed by actor1), GDELT events straight to the event topics,
     * unreadables (and any article whose extraction throws) to newsmon.deadletter as
     * DeadLetter("producer", origin, reason, payload, now). Calls progress every ~N items and at the
     * end; flushes before returning.
     *
     * @throws PublishFailedException when Kafka does not take a record (unreachable broker, missing topic)
     */
    public PublishReport publish(Stream<NewsItem> items, Consumer<PublishReport> progress) {
        Consumer<PublishReport> report = progress == null ? r -> { } : progress;
        Run run = new Run();
        long seen = 0;
        Deque<Pending> ahead = new ArrayDeque<>();
        try (items) {
            var it = items.iterator();
            while (it.hasNext()) {
                ahead.addLast(start(it.next()));
                if (ahead.size() >= window) {
                    publish(ahead.removeFirst(), run);
                    if (++seen % PROGRESS_EVERY == 0) {
                        report.accept(run.sent());
                    }
                }
            }
            while (!ahead.isEmpty()) {
                publish(ahead.removeFirst(), run);
                if (++seen % PROGRESS_EVERY == 0) {
                    report.accept(run.sent());
                }
            }
            producer.flush();
        } catch (InterruptException e) {
            throw run.failure("interrupted while publishing", e);
        } finally {
            ahead.forEach(p -> p.extraction().cancel(false)); // left over only when publishing failed
        }
        run.failIfAnySendFailed();
        PublishReport done = run.sent();
        report.accept(done);
        LOG.info("published {} articles, {} events, {} dead letters to {}", done.articles(), done.events(),
                done.deadLetters(), bootstrapServers);
        return done;
    }

    /** An item read, with its extraction under way (articles) or nothing to wait for (the rest). */
    private record Pending(NewsItem item, Future<List<NewsEvent>> extraction) {
    }

    private Pending start(NewsItem item) {
        if (!(item instanceof NewsItem.Text text)) {
            return new Pending(item, CompletableFuture.completedFuture(List.of()));
        }
        Callable<List<NewsEvent>> task = () -> extraction.apply(text.article());
        if (extractors == null) {
            FutureTask<List<NewsEvent>> inline = new FutureTask<>(task);
            inline.run();
            return new Pending(item, inline);
        }
        return new Pending(item, extractors.submit(task));
    }

    private void publish(Pending pending, Run run) {
        run.failIfAnySendFailed();
        NewsItem item = pending.item();
        if (item instanceof NewsItem.Text text) {
            publishArticle(text, pending.extraction(), run);
        } else if (item instanceof NewsItem.Coded coded) {
            sendEvent(coded.event(), coded.origin(), run);
        } else if (item instanceof NewsItem.Unreadable bad) {
            sendDeadLetter(bad.origin(), bad.reason(), bad.payload(), run);
        }
    }

    private void publishArticle(NewsItem.Text text, Future<List<NewsEvent>> extraction, Run run) {
        Article article = text.article();
        List<NewsEvent> extracted;
        try {
            extracted = extraction.get();
        } catch (ExecutionException e) {
            // one article's failure is parked with the article itself, so it can be replayed once fixed
            Throwable cause = e.getCause();
            LOG.warn("extraction failed for {}: {}", text.origin(), cause.toString());
            sendDeadLetter(text.origin(), "extraction failed: " + cause, json(articles, article), run);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw run.failure("interrupted while extracting events from " + text.origin(), e);
        }
        send(Topics.ARTICLES.name(), article.id(), articles.serialize(Topics.ARTICLES.name(), article),
                text.origin(), run.articles, run);
        for (NewsEvent event : extracted) {
            sendEvent(event, text.origin(), run);
        }
    }

    private void sendEvent(NewsEvent event, String origin, Run run) {
        String topic = Topics.eventsOf(event.kind().family()).name();
        send(topic, event.actor1(), events.serialize(topic, event), origin, run.events, run);
    }

    private void sendDeadLetter(String origin, String reason, String payload, Run run) {
        DeadLetter letter = new DeadLetter(STAGE, origin, reason, payload, clock.instant());
        String topic = Topics.DEAD_LETTER.name();
        send(topic, origin, deadLetters.serialize(topic, letter), origin, run.deadLetters, run);
    }

    private void send(String topic, String key, byte[] value, String origin, Counters counters, Run run) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        record.headers().add(ORIGIN_HEADER, origin.getBytes(StandardCharsets.UTF_8));
        counters.sent.incrementAndGet();
        producer.send(record, (metadata, exception) -> {
            if (exception == null) {
                counters.acked.incrementAndGet();
            } else {
                run.firstFailure.compareAndSet(null, exception);
            }
        });
    }

    private static <T> String json(Serializer<T> serializer, T value) {
        return new String(serializer.serialize(null, value), StandardCharsets.UTF_8);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public void close() {
        shutdownExtractors();
        producer.close(Duration.ofSeconds(30));
    }

    private void shutdownExtractors() {
        if (extractors != null) {
            extractors.shutdownNow();
        }
    }

    private static final class Counters {
        final AtomicLong sent = new AtomicLong();
        final AtomicLong acked = new AtomicLong();
    }

    /** Counts and the first delivery failure of one publish call (callbacks run on the producer's thread). */
    private final class Run {
        final Counters articles = new Counters();
        final Counters events = new Counters();
        final Counters deadLetters = new Counters();
        final AtomicReference<Exception> firstFailure = new AtomicReference<>();

        PublishReport sent() {
            return new PublishReport(articles.sent.get(), events.sent.get(), deadLetters.sent.get());
        }

        PublishReport acknowledged() {
            return new PublishReport(articles.acked.get(), events.acked.get(), deadLetters.acked.get());
        }

        void failIfAnySendFailed() {
            Exception failure = firstFailure.get();
            if (failure != null) {
                throw failure("cannot publish to Kafka at " + bootstrapServers + ": " + rootMessage(failure)
                        + " (is the broker running and reachable, and do newsmon's topics exist?)", failure);
            }
        }

        PublishFailedException failure(String message, Exception cause) {
            return new PublishFailedException(message, acknowledged(), cause);
        }
    }
}
