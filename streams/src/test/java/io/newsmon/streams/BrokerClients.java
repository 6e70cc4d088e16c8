package io.newsmon.streams;

import io.newsmon.model.EventKind;
import io.newsmon.model.NewsEvent;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** What the broker tests do with plain Kafka clients: feed events in, count alerts out. */
final class BrokerClients {
    private BrokerClients() {
    }

    static KafkaProducer<String, byte[]> producer(String bootstrap) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends an event where the producer stage would: its family's topic, keyed by actor1. */
    static void send(KafkaProducer<String, byte[]> producer, NewsEvent event) {
        String topic = Topics.eventsOf(event.kind().family()).name();
        producer.send(new ProducerRecord<>(topic, event.actor1(), NewsmonSerdes.event().serialize(topic, event)));
    }

    static void send(String bootstrap, List<NewsEvent> events) {
        try (KafkaProducer<String, byte[]> producer = producer(bootstrap)) {
            events.forEach(e -> send(producer, e));
            producer.flush();
        }
    }

    /**
     * How often each alert id is on the alerts topic (read committed), once {@code expected} ids
     * are there; it reads on for {@code settle} after that, so that a duplicate would show.
     */
    static Map<String, Integer> alertIdCounts(String bootstrap, int expected, Duration timeout, Duration settle) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "alerts-reader-" + System.nanoTime());
        Map<String, Integer> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.ALERTS.name()));
            long deadline = System.nanoTime() + timeout.toNanos();
            long settleUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settleUntil)) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    seen.merge(r.key(), 1, Integer::sum);
                }
                if (seen.size() >= expected && settleUntil == Long.MAX_VALUE) {
                    settleUntil = System.nanoTime() + settle.toNanos();
                }
            }
        }
        return seen;
    }
}
