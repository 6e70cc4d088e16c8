package io.newsmon.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.Amount;
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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** NewsmonStreams end to end on a real (embedded) broker: events in; aggregates, alerts, digests, dead letters out. */
class NewsmonStreamsEndToEndTest {
    @RegisterExtension
    static final BrokerExtension broker = new BrokerExtension();

    @Test
    void eventsInAggregatesAlertsDigestsAndDeadLettersOut() throws Exception {
        Path stateDir = Files.createTempDirectory("newsmon-streams-it");
        NewsmonConfig config = new NewsmonConfig(Map.of(
                NewsmonConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                NewsmonConfig.APPLICATION_ID, "newsmon-it",
                NewsmonConfig.STATE_DIR, stateDir.toString(),
                NewsmonConfig.TOPIC_PARTITIONS, 2));
        NewsmonStreams streams = new NewsmonStreams(config);
        try {
            streams.start();
            assertThat(streams.state()).isEqualTo(KafkaStreams.State.RUNNING);

            try (KafkaProducer<String, byte[]> producer = producer()) {
                send(producer, trade("2010", "514500000", "a1", "Belgian exports to Kazakhstan reached $514.5 million in 2010."));
                send(producer, trade("2011", "250000000", "a2", "Belgian exports to Kazakhstan fell to $250 million in 2011."));
                producer.send(new ProducerRecord<>(Topics.TRADE_EVENTS.name(), "BEL",
                        "{\"broken\":".getBytes(StandardCharsets.UTF_8)));
                producer.flush();
            }

            Map<String, String> pairs = readUntil(Topics.PAIR_AGGREGATES.name(), m -> m.containsKey("BEL-KAZ|2011"));
            assertThat(pairs.get("BEL-KAZ|2011")).contains("\"TRADE\":1");
            Map<String, String> countries = readUntil(Topics.COUNTRY_AGGREGATES.name(),
                    m -> m.containsKey("KAZ|2010") && m.containsKey("BEL|2011"));
            assertThat(countries).containsKeys("KAZ|2010", "BEL|2011");
            Map<String, String> alerts = readUntil(Topics.ALERTS.name(), m -> !m.isEmpty());
            assertThat(alerts).hasSize(1);
            assertThat(alerts.values().iterator().next()).contains("\"type\":\"DROP\"").contains("fell to $250 million");
            Map<String, String> digests = readUntil(Topics.DIGESTS.name(),
                    m -> m.containsKey("BEL-KAZ|2026-W48") && m.get("BEL-KAZ|2026-W48").contains("DROP"));
            assertThat(digests).containsKeys("BEL|2026-W48", "KAZ|2026-W48");
            Map<String, String> attention = readUntil(io.newsmon.topics.Topics.ATTENTION.name(),
                    m -> m.containsKey("BEL-KAZ") && m.get("BEL-KAZ").contains("\"articles24h\":2"));
            assertThat(attention.get("BEL-KAZ")).contains("\"articles24h\":2");
            Map<String, String> dead = readUntil(Topics.DEAD_LETTER.name(), m -> !m.isEmpty());
            assertThat(dead.keySet().iterator().next()).startsWith(Topics.TRADE_EVENTS.name() + "-");
            assertThat(dead.values().iterator().next()).contains("{\\\"broken\\\":");
        } finally {
            streams.close();
            streams.cleanUp();
            deleteRecursively(stateDir);
        }
    }

    private static NewsEvent trade(String year, String value, String articleId, String sentence) {
        Amount amount = Amount.of(value, "USD");
        EventDate date = EventDate.parse(year);
        return new NewsEvent(NewsEvent.factId(EventKind.TRADE, "BEL", "KAZ", date, amount, Modality.FACT),
                EventKind.TRADE, null, Modality.FACT, "BEL", "KAZ", date, amount, null,
                new Evidence(sentence, 0, sentence.length()),
                new SourceRef(articleId, "https://news.example/" + articleId, null, Instant.parse("2026-11-24T08:00:00Z")),
                "newsmon");
    }

    private static void send(KafkaProducer<String, byte[]> producer, NewsEvent event) {
        producer.send(new ProducerRecord<>(Topics.TRADE_EVENTS.name(), event.actor1(),
                NewsmonSerdes.event().serialize(Topics.TRADE_EVENTS.name(), event)));
    }

    private static KafkaProducer<String, byte[]> producer() {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Latest value per key of a topic (read committed), once {@code done} holds or after 60 s. */
    static Map<String, String> readUntil(String topic, Predicate<Map<String, String>> done) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + topic + "-" + System.nanoTime());
        Map<String, String> latest = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (!done.test(latest) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    latest.put(r.key(), r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return latest;
    }

    static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            List<Path> all = new ArrayList<>(paths.toList());
            all.sort(java.util.Comparator.reverseOrder());
            all.forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp dir left behind is not a test failure
        }
    }
}
