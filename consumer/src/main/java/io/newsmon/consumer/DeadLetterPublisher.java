package io.newsmon.consumer;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.model.DeadLetter;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Parks what the consumer stage cannot use on {@code newsmon.deadletter}, keyed by origin. Sends
 * are awaited in {@link #confirm()}, which the caller runs before committing offsets: a record is
 * only ever skipped once its dead letter is safely on the topic.
 */
public final class DeadLetterPublisher implements AutoCloseable {
    public static final String STAGE = "consumer";

    private final KafkaProducer<String, DeadLetter> producer;
    private final Clock clock;
    private final List<Future<RecordMetadata>> inFlight = new ArrayList<>();

    public DeadLetterPublisher(NewsmonConfig config, String clientId, Clock clock) {
        Map<String, Object> props = config.clientProperties();
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producer = new KafkaProducer<>(props, new StringSerializer(), NewsmonSerdes.deadLetter());
        this.clock = clock;
    }

    /** "newsmon.alerts-2@17". */
    public static String originOf(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    /** Parks a record that could not be used, with its raw value. */
    public void park(ConsumerRecord<?, byte[]> record, String reason) {
        String payload = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        park(originOf(record), reason, payload);
    }

    public void park(String origin, String reason, String payload) {
        DeadLetter letter = new DeadLetter(STAGE, origin, reason, payload, clock.instant());
        inFlight.add(producer.send(new ProducerRecord<>(Topics.DEAD_LETTER.name(), origin, letter)));
    }

    /** Waits until every dead letter sent so far is acknowledged. */
    public void confirm() {
        try {
            for (Future<RecordMetadata> f : inFlight) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write to " + Topics.DEAD_LETTER.name() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing dead letters", e);
        } finally {
            inFlight.clear();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
