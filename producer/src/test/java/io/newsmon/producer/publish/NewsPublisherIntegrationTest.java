package io.newsmon.producer.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import io.newsmon.config.NewsmonConfig;
import io.newsmon.kafka.embedded.EmbeddedKafkaBroker;
import io.newsmon.model.Article;
import io.newsmon.model.DeadLetter;
import io.newsmon.model.EventKind;
import io.newsmon.model.NewsEvent;
import io.newsmon.producer.extract.EventExtractor;
import io.newsmon.producer.input.NewsItem;
import io.newsmon.producer.input.NewsReader;
import io.newsmon.producer.input.ReadOptions;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.TopicAdmin;
import io.newsmon.topics.Topics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Publishes a realistic mix of inputs to a real (embedded) broker and reads every topic back:
 * each article, event and dead letter must arrive exactly once, on its topic, with its key.
 */
class NewsPublisherIntegrationTest {
    private static final Instant PUBLISHED = Instant.parse("2024-05-01T00:00:00Z");
    private static EmbeddedKafkaBroker broker;
    private static NewsmonConfig config;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        broker = EmbeddedKafkaBroker.start();
        config = new NewsmonConfig(Map.of(NewsmonConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers()));
        TopicAdmin.ensureTopics(config);
    }

    @AfterAll
    static void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void everyItemArrivesOnceOnItsTopicWithItsKey() throws IOException {
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        for (String sample : List.of("text/kazakhstan-belgium-visit.txt", "html/article-with-boilerplate.html",
                "feeds/world-news.rss", "jsonl/articles.jsonl", "gdelt/20191024143000-sample.export.CSV",
                "binary/garbage.txt")) {
            Path source = resource(sample);
            Files.copy(source, inputs.resolve(source.getFileName()));
        }
        EventExtractor extractor = new EventExtractor();
        List<NewsItem> items = new NewsReader(new ReadOptions(PUBLISHED)).read(List.of(inputs.toString())).toList();
        Expected expected = Expected.of(items, extractor);
        assertThat(expected.events).as("the GDELT sample alone gives 13 events").hasSizeGreaterThanOrEqualTo(13);
        assertThat(expected.deadLetters).as("bad JSON lines, the empty feed item, the binary file").hasSize(6);
        Map<TopicPartition, Long> before = endOffsets();

        List<PublishReport> progress = new ArrayList<>();
        PublishReport report;
        try (NewsPublisher publisher = new NewsPublisher(config, extractor)) {
            report = publisher.publish(new NewsReader(new ReadOptions(PUBLISHED)).read(List.of(inputs.toString())),
                    progress::add);
        }

        assertThat(report).isEqualTo(new PublishReport(expected.articles.size(), expected.events.size(),
                expected.deadLetters.size()));
        assertThat(progress).last().isEqualTo(report);

        Map<String, List<ConsumerRecord<String, byte[]>>> published = readSince(before);
        List<ConsumerRecord<String, byte[]>> articleRecords = published.get(Topics.ARTICLES.name());
        assertThat(articleRecords).allSatisfy(r -> assertThat(r.key()).isEqualTo(article(r).id()));
        assertThat(articleRecords).extracting(NewsPublisherIntegrationTest::article)
                .containsExactlyInAnyOrderElementsOf(expected.articles);
        // extraction runs ahead on several threads, yet records go out in input order
        for (int partition = 0; partition < 3; partition++) {
            int p = partition;
            List<String> onPartition = articleRecords.stream().filter(r -> r.partition() == p).map(r -> r.key()).toList();
            assertThat(onPartition).isEqualTo(expected.articles.stream().map(Article::id)
                    .filter(onPartition::contains).toList());
        }

        List<NewsEvent> diplomatic = events(published.get(Topics.DIPLOMATIC_EVENTS.name()));
        List<NewsEvent> economic = events(published.get(Topics.TRADE_EVENTS.name()));
        assertThat(diplomatic).allMatch(e -> e.kind().family() == EventKind.Family.DIPLOMATIC);
        assertThat(economic).allMatch(e -> e.kind().family() == EventKind.Family.ECONOMIC)
                .as("GDELT's aid rows (ESP-ARE 072, ESP-PRT 070)").hasSizeGreaterThanOrEqualTo(2);
        List<NewsEvent> allEvents = new ArrayList<>(diplomatic);
        allEvents.addAll(economic);
        assertThat(allEvents).containsExactlyInAnyOrderElementsOf(expected.events);
        assertThat(published.get(Topics.DIPLOMATIC_EVENTS.name())).allSatisfy(r ->
                assertThat(r.key()).isEqualTo(event(r).actor1()));
        assertThat(published.get(Topics.TRADE_EVENTS.name())).allSatisfy(r ->
                assertThat(r.key()).isEqualTo(event(r).actor1()));

        List<ConsumerRecord<String, byte[]>> letters = published.get(Topics.DEAD_LETTER.name());
        assertThat(letters).allSatisfy(r -> {
            DeadLetter letter = deadLetter(r);
            assertThat(r.key()).isEqualTo(letter.origin());
            assertThat(letter.stage()).isEqualTo("producer");
            assertThat(letter.reason()).isNotBlank();
            assertThat(new String(r.headers().lastHeader(NewsPublisher.ORIGIN_HEADER).value(), StandardCharsets.UTF_8))
                    .isEqualTo(letter.origin());
        });
        assertThat(letters).extracting(r -> deadLetter(r).origin() + " | " + deadLetter(r).reason())
                .containsExactlyInAnyOrderElementsOf(expected.deadLetters);
        assertThat(letters).extracting(r -> deadLetter(r).reason()).anySatisfy(reason ->
                assertThat(reason).startsWith("line 5: not valid JSON"))
                .anySatisfy(reason -> assertThat(reason).startsWith("binary content, not text"));
    }

    @Test
    void anArticleWhoseExtractionThrowsIsParkedWithTheArticleAndTheRunGoesOn() throws IOException {
        Path file = Files.copy(resource("jsonl/articles.jsonl"), dir.resolve("articles.jsonl"));
        List<NewsItem> items = new NewsReader(new ReadOptions(PUBLISHED)).read(List.of(file.toString())).toList();
        Map<TopicPartition, Long> before = endOffsets();

        PublishReport report;
        try (NewsPublisher publisher = new NewsPublisher(config, article -> {
            if (article.id().equals("wire-1001")) {
                throw new IllegalStateException("gazetteer lookup blew up");
            }
            return List.of();
        }, java.time.Clock.systemUTC(), 3)) {
            report = publisher.publish(items.stream(), null);
        }

        assertThat(report).isEqualTo(new PublishReport(3, 0, 5)); // 4 good lines, one failed; 4 bad lines + 1
        Map<String, List<ConsumerRecord<String, byte[]>>> published = readSince(before);
        assertThat(published.get(Topics.ARTICLES.name())).extracting(NewsPublisherIntegrationTest::article)
                .extracting(Article::id).doesNotContain("wire-1001").hasSize(3);
        DeadLetter failed = published.get(Topics.DEAD_LETTER.name()).stream().map(NewsPublisherIntegrationTest::deadLetter)
                .filter(d -> d.origin().equals(file + ":1")).findFirst().orElseThrow();
        assertThat(failed.reason()).isEqualTo("extraction failed: java.lang.IllegalStateException: gazetteer lookup blew up");
        Article parked = NewsmonSerdes.article().deserializer()
                .deserialize(null, failed.payload().getBytes(StandardCharsets.UTF_8));
        assertThat(parked).isEqualTo(((NewsItem.Text) items.get(0)).article());
    }

    @Test
    void anUnreachableBrokerFailsWithAClearErrorInsteadOfHanging() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        NewsmonConfig nowhere = new NewsmonConfig(Map.of(NewsmonConfig.BOOTSTRAP_SERVERS, "127.0.0.1:" + closedPort,
                "max.block.ms", 2000));
        List<NewsItem> items = List.of(new NewsItem.Unreadable("somewhere.txt", "empty input", null),
                new NewsItem.Unreadable("elsewhere.txt", "empty input", null));

        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (NewsPublisher publisher = new NewsPublisher(nowhere, new EventExtractor())) {
                assertThatThrownBy(() -> publisher.publish(items.stream(), null))
                        .isInstanceOf(PublishFailedException.class)
                        .hasMessageStartingWith("cannot publish to Kafka at 127.0.0.1:" + closedPort + ": ")
                        .hasMessageContaining("is the broker running")
                        .satisfies(e -> assertThat(((PublishFailedException) e).delivered())
                                .isEqualTo(PublishReport.NONE));
            }
        });
    }

    @Test
    void anEmptyBootstrapAddressIsRefusedUpFront() {
        assertThatThrownBy(() -> new NewsPublisher(new NewsmonConfig(Map.of()), new EventExtractor()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bootstrap.servers is empty");
    }

    /** What the topics must hold, worked out from the items with the same extractor. */
    private record Expected(List<Article> articles, List<NewsEvent> events, List<String> deadLetters) {
        static Expected of(List<NewsItem> items, EventExtractor extractor) {
            List<Article> articles = new ArrayList<>();
            List<NewsEvent> events = new ArrayList<>();
            List<String> deadLetters = new ArrayList<>();
            for (NewsItem item : items) {
                if (item instanceof NewsItem.Text text) {
                    articles.add(text.article());
                    events.addAll(extractor.extract(text.article()));
                } else if (item instanceof NewsItem.Coded coded) {
                    events.add(coded.event());
                } else if (item instanceof NewsItem.Unreadable bad) {
                    deadLetters.add(bad.origin() + " | " + bad.reason());
                }
            }
            return new Expected(articles, events, deadLetters);
        }
    }

    private static Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            return consumer.endOffsets(partitions(consumer));
        }
    }

    /** Every record written since {@code before}, by topic: read up to the end offsets, so nothing is missed or extra. */
    private static Map<String, List<ConsumerRecord<String, byte[]>>> readSince(Map<TopicPartition, Long> before) {
        Map<String, List<ConsumerRecord<String, byte[]>>> byTopic = new HashMap<>();
        Set.of(Topics.ARTICLES, Topics.DIPLOMATIC_EVENTS, Topics.TRADE_EVENTS, Topics.DEAD_LETTER)
                .forEach(t -> byTopic.put(t.name(), new ArrayList<>()));
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = partitions(consumer);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            consumer.assign(partitions);
            partitions.forEach(p -> consumer.seek(p, before.getOrDefault(p, 0L)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    byTopic.get(r.topic()).add(r);
                }
            }
        }
        return byTopic;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer) {
        return Set.of(Topics.ARTICLES, Topics.DIPLOMATIC_EVENTS, Topics.TRADE_EVENTS, Topics.DEAD_LETTER).stream()
                .flatMap(t -> consumer.partitionsFor(t.name()).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())))
                .collect(Collectors.toList());
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Map<String, Object> props = new HashMap<>(config.clientProperties());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static Article article(ConsumerRecord<String, byte[]> r) {
        return NewsmonSerdes.article().deserializer().deserialize(r.topic(), r.value());
    }

    private static NewsEvent event(ConsumerRecord<String, byte[]> r) {
        return NewsmonSerdes.event().deserializer().deserialize(r.topic(), r.value());
    }

    private static List<NewsEvent> events(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(NewsPublisherIntegrationTest::event).toList();
    }

    private static DeadLetter deadLetter(ConsumerRecord<String, byte[]> r) {
        return NewsmonSerdes.deadLetter().deserializer().deserialize(r.topic(), r.value());
    }

    private static Path resource(String relative) {
        try {
            return Path.of(NewsPublisherIntegrationTest.class.getResource("/input/" + relative).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
