package io.newsmon.streams.topology;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.Aggregate;
import io.newsmon.model.Alert;
import io.newsmon.model.Amount;
import io.newsmon.model.DeadLetter;
import io.newsmon.model.Digest;
import io.newsmon.model.EventDate;
import io.newsmon.model.EventKind;
import io.newsmon.model.Evidence;
import io.newsmon.model.Modality;
import io.newsmon.model.NewsEvent;
import io.newsmon.model.SourceRef;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The topology under TopologyTestDriver, with newsmon-shaped inputs and outputs. */
final class TopologyFixture implements AutoCloseable {
    private final TopologyTestDriver driver;
    private final Path stateDir;
    private final TestInputTopic<String, byte[]> diplomatic;
    private final TestInputTopic<String, byte[]> trade;
    final TestOutputTopic<String, Aggregate> countryAggregates;
    final TestOutputTopic<String, Aggregate> pairAggregates;
    final TestOutputTopic<String, Alert> alerts;
    final TestOutputTopic<String, Digest> digests;
    final TestOutputTopic<String, DeadLetter> deadLetters;
    final TestOutputTopic<String, io.newsmon.model.Attention> attention;

    TopologyFixture() {
        this(Map.of());
    }

    TopologyFixture(Map<String, Object> settings) {
        try {
            stateDir = Files.createTempDirectory("newsmon-ttd");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> all = new HashMap<>(settings);
        all.put(NewsmonConfig.STATE_DIR, stateDir.toString());
        NewsmonConfig config = new NewsmonConfig(all);
        // the same Streams settings as NewsmonStreams (the driver ignores those about the cluster)
        Properties props = io.newsmon.streams.NewsmonStreams.properties(config);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(NewsmonTopology.build(config), props);
        diplomatic = driver.createInputTopic(Topics.DIPLOMATIC_EVENTS.name(), new StringSerializer(), new ByteArraySerializer());
        trade = driver.createInputTopic(Topics.TRADE_EVENTS.name(), new StringSerializer(), new ByteArraySerializer());
        countryAggregates = output(Topics.COUNTRY_AGGREGATES.name(), NewsmonSerdes.aggregate());
        pairAggregates = output(Topics.PAIR_AGGREGATES.name(), NewsmonSerdes.aggregate());
        alerts = output(Topics.ALERTS.name(), NewsmonSerdes.alert());
        digests = output(Topics.DIGESTS.name(), NewsmonSerdes.digest());
        deadLetters = output(Topics.DEAD_LETTER.name(), NewsmonSerdes.deadLetter());
        attention = output(io.newsmon.topics.Topics.ATTENTION.name(),
                io.newsmon.serde.JsonSerde.of(io.newsmon.model.Attention.class));
    }

    private <T> TestOutputTopic<String, T> output(String topic, io.newsmon.serde.JsonSerde<T> serde) {
        return driver.createOutputTopic(topic, new StringDeserializer(), serde);
    }

    /** Publishes the event to its family's topic, keyed by actor1, at its article's publication time. */
    void send(NewsEvent event) {
        byte[] bytes = NewsmonSerdes.event().serialize("test", event);
        Instant at = event.source() != null && event.source().published() != null
                ? event.source().published() : Instant.parse("2026-11-24T10:00:00Z");
        (event.kind().family() == EventKind.Family.ECONOMIC ? trade : diplomatic).pipeInput(event.actor1(), bytes, at);
    }

    void sendRaw(String topic, String key, String json) {
        TestInputTopic<String, byte[]> in = topic.equals(Topics.TRADE_EVENTS.name()) ? trade : diplomatic;
        in.pipeInput(key, json == null ? null : json.getBytes(StandardCharsets.UTF_8), Instant.parse("2026-11-24T10:00:00Z"));
    }

    /** Latest value per key of an output (what a compacted topic keeps). */
    static <T> Map<String, T> latest(TestOutputTopic<String, T> topic) {
        return new LinkedHashMap<>(topic.readKeyValuesToMap());
    }

    @Override
    public void close() {
        driver.close();
        deleteRecursively(stateDir);
    }

    static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp dir left behind is not a test failure
        }
    }

    // ---- event builders ----

    static NewsEvent trade(String exporter, String importer, String year, String value, String currency,
                           String articleId, String published, String sentence) {
        return event(EventKind.TRADE, exporter, importer, year, Amount.of(value, currency), articleId, published, sentence);
    }

    static NewsEvent event(EventKind kind, String actor1, String actor2, String date, Amount amount,
                           String articleId, String published, String sentence) {
        EventDate when = EventDate.parse(date);
        String id = NewsEvent.factId(kind, actor1, actor2, when, amount, Modality.FACT);
        return new NewsEvent(id, kind, null, Modality.FACT, actor1, actor2, when, amount, null,
                new Evidence(sentence, 0, sentence.length()),
                new SourceRef(articleId, "https://news.example/" + articleId, "Title " + articleId, Instant.parse(published)),
                "newsmon");
    }

    static NewsEvent diplomatic(EventKind kind, String actor1, String actor2, String date, String articleId,
                                String published) {
        return event(kind, actor1, actor2, date, null, articleId, published,
                actor1 + " and " + actor2 + " " + kind.name().toLowerCase() + " " + date + " (" + articleId + ")");
    }

    static List<Alert> values(TestOutputTopic<String, Alert> topic) {
        return topic.readValuesToList();
    }
}
