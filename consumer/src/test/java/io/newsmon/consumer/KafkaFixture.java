package io.newsmon.consumer;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.DeadLetter;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.TopicAdmin;
import io.newsmon.topics.Topics;
import io.newsmon.serde.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Helpers for tests against the embedded broker. */
final class KafkaFixture {
    private KafkaFixture() {
    }

    static NewsmonConfig config(String bootstrap, Path out, String group) {
        NewsmonConfig config = new NewsmonConfig(Map.of(
                NewsmonConfig.BOOTSTRAP_SERVERS, bootstrap,
                NewsmonConfig.OUT_DIR, out.toString(),
                NewsmonConfig.CONSUMER_GROUP, group,
                NewsmonConfig.TOPIC_PARTITIONS, "2"));
        TopicAdmin.ensureTopics(config);
        return config;
    }

    /** Sends raw values (JSON or garbage) and waits for the broker to take them. */
    static void send(NewsmonConfig config, String topic, List<Map.Entry<String, byte[]>> records) throws Exception {
        Map<String, Object> props = config.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            for (Map.Entry<String, byte[]> r : records) {
                producer.send(new ProducerRecord<>(topic, r.getKey(), r.getValue())).get();
            }
        }
    }

    static Map.Entry<String, byte[]> json(String key, Object value) {
        try {
            return new AbstractMap.SimpleEntry<>(key, Json.mapper().writeValueAsBytes(value));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Map.Entry<String, byte[]> tombstone(String key) {
        return new AbstractMap.SimpleEntry<>(key, null);
    }

    static Map.Entry<String, byte[]> raw(String key, String value) {
        return Map.entry(key, value.getBytes(StandardCharsets.UTF_8));
    }

    static List<DeadLetter> deadLetters(NewsmonConfig config, int expected) {
        Map<String, Object> props = config.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-deadletter-reader-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<String, DeadLetter> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                NewsmonSerdes.deadLetter())) {
            consumer.subscribe(List.of(Topics.DEAD_LETTER.name()));
            Instant deadline = Instant.now().plusSeconds(30);
            while (letters.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> letters.add(r.value()));
            }
            // one more poll: more letters than expected would be a failure too
            consumer.poll(Duration.ofMillis(500)).forEach(r -> letters.add(r.value()));
        }
        return letters;
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(45);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
