package io.newsmon.streams;

import io.newsmon.model.Aggregate;
import io.newsmon.model.Alert;
import io.newsmon.model.Severity;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What a run of the streams application left on its output topics, read from given start offsets:
 * the latest aggregate per key (what the compacted topics keep) and the alerts per id. Also knows
 * when an application has processed all its input, by its committed offsets.
 *
 * @param aggregates latest per key over both aggregate topics; lastEventId blanked (see {@link #comparable})
 * @param alerts     latest version per alert id
 * @param severities per alert id, the severity of each version written, in order
 */
record StreamsRunSnapshot(Map<String, Aggregate> aggregates, Map<String, Alert> alerts,
                          Map<String, List<Severity>> severities) {
    static final List<String> OUTPUTS = List.of(Topics.COUNTRY_AGGREGATES.name(), Topics.PAIR_AGGREGATES.name(),
            Topics.ALERTS.name());

    Set<String> alertIds() {
        return new TreeSet<>(alerts.keySet());
    }

    /** True when an id was written again only with a higher severity (never the same version twice). */
    boolean versionsOnlyRaiseSeverity() {
        return severities.values().stream().allMatch(v -> {
            for (int i = 1; i < v.size(); i++) {
                if (v.get(i).compareTo(v.get(i - 1)) <= 0) {
                    return false;
                }
            }
            return true;
        });
    }

    /** The current end of every output partition: where the next run's outputs will start. */
    static Map<TopicPartition, Long> outputEnds(String bootstrap) {
        try (Admin admin = admin(bootstrap)) {
            Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
            for (var description : admin.describeTopics(OUTPUTS).allTopicNames().get().values()) {
                description.partitions().forEach(p -> specs.put(new TopicPartition(description.name(), p.partition()),
                        OffsetSpec.latest()));
            }
            return admin.listOffsets(specs).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Outputs written since {@code from} (partitions missing there start at 0), read committed up to the end. */
    static StreamsRunSnapshot readSince(String bootstrap, Map<TopicPartition, Long> from) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        Map<String, Aggregate> aggregates = new TreeMap<>();
        Map<String, Alert> alerts = new TreeMap<>();
        Map<String, List<Severity>> severities = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : OUTPUTS) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            consumer.assign(partitions);
            partitions.forEach(p -> consumer.seek(p, from.getOrDefault(p, 0L)));
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions); // read committed: the stable offset
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("outputs not read to their end in 60 s");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.topic().equals(Topics.ALERTS.name())) {
                        Alert alert = NewsmonSerdes.alert().deserialize(r.topic(), r.value());
                        alerts.put(r.key(), alert);
                        severities.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(alert.severity());
                    } else {
                        aggregates.put(r.key(), comparable(NewsmonSerdes.aggregate().deserialize(r.topic(), r.value())));
                    }
                }
            }
        }
        return new StreamsRunSnapshot(aggregates, alerts, severities);
    }

    /**
     * An aggregate without its {@code lastEventId}: that names whichever fact happened to be
     * processed last, and facts of one scope arrive from several input partitions in an order the
     * broker does not fix. Every total (counts, sums, reports, Goldstein) is order-free.
     */
    static Aggregate comparable(Aggregate a) {
        return new Aggregate(a.scope(), a.country(), a.partner(), a.period(), a.counts(), a.amounts(), a.reports(),
                a.goldsteinSum(), null);
    }

    /**
     * Waits until application {@code applicationId} has committed every input partition and every
     * one of its repartition partitions up to their ends (with exactly-once, outputs are committed
     * in the same transactions as those offsets).
     */
    static void awaitDrained(String bootstrap, String applicationId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = admin(bootstrap)) {
            while (true) {
                List<String> topics = new ArrayList<>(List.of(Topics.DIPLOMATIC_EVENTS.name(), Topics.TRADE_EVENTS.name()));
                admin.listTopics().names().get().stream()
                        .filter(t -> t.startsWith(applicationId + "-") && t.endsWith("-repartition"))
                        .forEach(topics::add);
                Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
                for (var description : admin.describeTopics(topics).allTopicNames().get().values()) {
                    description.partitions().forEach(p -> specs.put(
                            new TopicPartition(description.name(), p.partition()), OffsetSpec.latest()));
                }
                Map<TopicPartition, Long> ends = admin.listOffsets(specs).all().get().entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(applicationId).partitionsToOffsetAndMetadata().get();
                boolean repartitionTopicsExist = topics.size() > 2;
                boolean drained = repartitionTopicsExist && ends.entrySet().stream().allMatch(e -> e.getValue() == 0
                        || (committed.get(e.getKey()) != null && committed.get(e.getKey()).offset() >= e.getValue()));
                if (drained) {
                    return;
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(applicationId + " did not process its input within " + timeout
                            + "; ends " + ends + ", committed " + committed);
                }
                Thread.sleep(250);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }
}
