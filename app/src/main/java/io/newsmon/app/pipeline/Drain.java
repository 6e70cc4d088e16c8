package io.newsmon.app.pipeline;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.TopicPartition;

/**
 * Tells when a consumer group has read everything committed to some topics: no record is left
 * between its committed offsets and the topics' committed ends. This is how the demo knows the
 * pipeline has finished with its input without guessing with sleeps.
 *
 * <p>Offsets alone can overstate what is left: a group that commits "last record + 1" stays behind
 * the commit marker of a transaction, which is no record. So where offsets differ, a read-committed
 * probe reads the gap and counts the records really there.
 */
final class Drain {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final Map<String, Object> clientProperties;

    Drain(Admin admin, Map<String, Object> clientProperties) {
        this.admin = admin;
        this.clientProperties = clientProperties;
    }

    /**
     * The topics a Kafka Streams application reads: its input topics and its own repartition
     * topics, where records wait between sub-topologies after the input offsets are committed.
     */
    Set<String> streamsTopics(String applicationId, Set<String> inputTopics) {
        try {
            Set<String> topics = new java.util.TreeSet<>(inputTopics);
            admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(applicationId + "-") && t.endsWith("-repartition"))
                    .forEach(topics::add);
            return topics;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Records the group has yet to commit on the given topics (0 when drained). */
    long lag(String groupId, Collection<String> topics) {
        try {
            Map<String, TopicDescription> descriptions = admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            descriptions.values().forEach(d -> d.partitions().forEach(
                    p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
            Map<TopicPartition, Long> ends = admin.listOffsets(request,
                            new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                    .all().get(10, TimeUnit.SECONDS).entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, Long> from = new HashMap<>();
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                OffsetAndMetadata done = committed.get(end.getKey());
                long position = done == null ? 0 : done.offset();
                if (position < end.getValue()) {
                    from.put(end.getKey(), position);
                }
            }
            long gap = from.entrySet().stream().mapToLong(e -> ends.get(e.getKey()) - e.getValue()).sum();
            return from.isEmpty() || !anyRecordBetween(from, ends) ? 0 : gap;
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read consumer group offsets of " + groupId + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Whether [from, end) of any partition holds a committed record (not only transaction markers). */
    private boolean anyRecordBetween(Map<TopicPartition, Long> from, Map<TopicPartition, Long> ends) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        try (KafkaConsumer<byte[], byte[]> probe = new KafkaConsumer<>(props,
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            probe.assign(from.keySet());
            from.forEach(probe::seek);
            long deadline = System.nanoTime() + PROBE_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : probe.poll(Duration.ofMillis(100))) {
                    if (r.offset() < ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        return true;
                    }
                }
                if (from.keySet().stream().allMatch(tp -> probe.position(tp) >= ends.get(tp))) {
                    return false;
                }
            }
            return true; // could not read to the end in time: assume work is left
        }
    }

    /**
     * Waits until the group has no lag on the topics, checked twice a short while apart (a stage
     * may still be writing what it read last).
     *
     * @param onProgress told the current lag while waiting
     * @throws IllegalStateException when not drained within {@code timeout}
     */
    void await(String groupId, Set<String> topics, Duration timeout, Consumer<Long> onProgress) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int quietChecks = 0;
        long lag = -1;
        while (System.nanoTime() < deadline) {
            lag = lag(groupId, topics);
            onProgress.accept(lag);
            quietChecks = lag == 0 ? quietChecks + 1 : 0;
            if (quietChecks >= 2) {
                return;
            }
            sleep(lag == 0 ? 500 : 200);
        }
        throw new IllegalStateException("group " + groupId + " still has " + lag + " records to read on "
                + topics + " after " + timeout.toSeconds() + " s");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
