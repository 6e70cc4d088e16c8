package io.newsmon.consumer;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.consumer.delivery.Delivery;
import io.newsmon.consumer.delivery.DeliveryFailedException;
import io.newsmon.consumer.delivery.WebhookDelivery;
import io.newsmon.consumer.subscription.ChannelSpec;
import io.newsmon.consumer.subscription.DigestFrequency;
import io.newsmon.consumer.subscription.StartPoint;
import io.newsmon.consumer.subscription.Subscription;
import io.newsmon.model.Alert;
import io.newsmon.model.Digest;
import io.newsmon.serde.Json;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one subscription in its own consumer group and thread, so a slow or failing channel of
 * one analyst never holds up another's. A batch's offsets are committed once every channel has
 * taken it (or it was parked on the dead-letter topic with the reason).
 */
final class SubscriptionWorker implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(SubscriptionWorker.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final int MAX_POLL_RECORDS = 50;
    /** The time a batch may take before the group would consider this member dead (Kafka's default). */
    private static final long POLL_INTERVAL_MS = 300_000;
    /** Worst case of one e-mail: connect plus a few replies, each bounded by the mailer's timeout. */
    private static final long EMAIL_WORST_CASE_MS = 60_000;

    private final NewsmonConfig config;
    private final Subscription subscription;
    private final List<Delivery> deliveries;
    private final Clock clock;
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong filteredOut = new AtomicLong();
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong unreadable = new AtomicLong();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile KafkaConsumer<String, byte[]> consumer;

    SubscriptionWorker(NewsmonConfig config, Subscription subscription, List<Delivery> deliveries, Clock clock) {
        this.config = config;
        this.subscription = subscription;
        this.deliveries = List.copyOf(deliveries);
        this.clock = clock;
    }

    @Override
    public void run() {
        String group = subscription.consumerGroup();
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(properties(group), new StringDeserializer(),
                new ByteArrayDeserializer());
             DeadLetterPublisher deadLetters = new DeadLetterPublisher(config, group + "-deadletter", clock)) {
            consumer = kafka;
            if (closing) {
                return;
            }
            List<String> topics = subscription.digests() == DigestFrequency.NONE
                    ? List.of(Topics.ALERTS.name())
                    : List.of(Topics.ALERTS.name(), Topics.DIGESTS.name());
            kafka.subscribe(topics, new StartPointListener(kafka));
            while (!closing) {
                ConsumerRecords<String, byte[]> records = kafka.poll(POLL);
                if (records.isEmpty()) {
                    continue;
                }
                for (ConsumerRecord<String, byte[]> record : records) {
                    deliver(record, deadLetters);
                }
                for (Delivery d : deliveries) {
                    d.sync();
                }
                deadLetters.confirm();
                commit(kafka, records);
            }
        } catch (WakeupException e) {
            if (!closing) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("subscription " + subscription.name() + " cannot write its files", e);
        } finally {
            consumer = null;
            for (Delivery d : deliveries) {
                try {
                    d.close();
                } catch (IOException e) {
                    LOG.warn("subscription {}: closing a channel failed: {}", subscription.name(), e.toString());
                }
            }
        }
    }

    private void deliver(ConsumerRecord<String, byte[]> record, DeadLetterPublisher deadLetters) throws IOException {
        if (record.value() == null) {
            return; // tombstones carry nothing to deliver
        }
        boolean isAlert = record.topic().equals(Topics.ALERTS.name());
        Object value;
        try {
            value = isAlert ? NewsmonSerdes.alert().deserialize(record.topic(), record.value())
                    : NewsmonSerdes.digest().deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            deadLetters.park(record, "subscription " + subscription.name() + ": " + e.getMessage());
            unreadable.incrementAndGet();
            return;
        }
        boolean matches = isAlert ? subscription.matches((Alert) value) : subscription.matches((Digest) value);
        if (!matches) {
            filteredOut.incrementAndGet();
            return;
        }
        for (Delivery d : deliveries) {
            try {
                if (isAlert) {
                    d.alert((Alert) value);
                } else {
                    d.digest((Digest) value);
                }
            } catch (DeliveryFailedException e) {
                LOG.warn("subscription {}: {}", subscription.name(), e.getMessage());
                deadLetters.park(DeadLetterPublisher.originOf(record), "subscription " + subscription.name() + ": "
                        + e.getMessage(), Json.mapper().writeValueAsString(value));
                parked.incrementAndGet();
            }
        }
        delivered.incrementAndGet();
    }

    private void commit(KafkaConsumer<String, byte[]> kafka, ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition p : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> inPartition = records.records(p);
            offsets.put(p, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        try {
            kafka.commitSync(offsets);
        } catch (WakeupException e) {
            kafka.commitSync(offsets); // close() arrived mid-batch: the batch is delivered, record that
        }
    }

    private Map<String, Object> properties(String group) {
        Map<String, Object> props = config.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // a channel retrying with backoff must not make a batch outlast max.poll.interval.ms, or the
        // member is dropped from its group mid-batch: fewer records per poll, and more time if one
        // record alone could take that long
        long worstPerRecord = Math.max(1, worstCaseMillisPerRecord(subscription));
        int maxRecords = (int) Math.max(1, Math.min(MAX_POLL_RECORDS, POLL_INTERVAL_MS / 2 / worstPerRecord));
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxRecords);
        props.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE,
                Math.max(POLL_INTERVAL_MS, 2 * worstPerRecord * maxRecords)));
        return props;
    }

    static long worstCaseMillisPerRecord(Subscription subscription) {
        long total = 0;
        for (ChannelSpec channel : subscription.channels()) {
            if (channel instanceof ChannelSpec.Webhook webhook) {
                total += WebhookDelivery.worstCase(webhook).toMillis();
            } else if (channel instanceof ChannelSpec.Email) {
                total += EMAIL_WORST_CASE_MS;
            }
        }
        return total;
    }

    /** Positions partitions the group has never committed on according to the subscription's start. */
    private final class StartPointListener implements ConsumerRebalanceListener {
        private final KafkaConsumer<String, byte[]> kafka;

        StartPointListener(KafkaConsumer<String, byte[]> kafka) {
            this.kafka = kafka;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.committed(new HashSet<>(partitions));
            List<TopicPartition> fresh = new ArrayList<>();
            for (TopicPartition p : partitions) {
                if (committed.get(p) == null) {
                    fresh.add(p);
                }
            }
            StartPoint start = subscription.start();
            if (!fresh.isEmpty()) {
                switch (start.kind()) {
                    case EARLIEST -> kafka.seekToBeginning(fresh);
                    case NOW -> kafka.seekToEnd(fresh);
                    case SINCE -> {
                        long since = start.since().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                        Map<TopicPartition, Long> query = new HashMap<>();
                        fresh.forEach(p -> query.put(p, since));
                        Map<TopicPartition, OffsetAndTimestamp> found = kafka.offsetsForTimes(query);
                        for (TopicPartition p : fresh) {
                            OffsetAndTimestamp at = found.get(p);
                            if (at == null) {
                                kafka.seekToEnd(List.of(p)); // nothing that recent yet: start at the end
                            } else {
                                kafka.seek(p, at.offset());
                            }
                        }
                    }
                }
                // resolve lazy seeks now, so that "now" means the moment the subscription joined
                fresh.forEach(kafka::position);
                LOG.info("subscription {} starts {} on {}", subscription.name(), describe(start), fresh);
            }
            assigned.countDown();
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // offsets are committed per batch; nothing is pending between batches
        }

        private String describe(StartPoint start) {
            return start.kind() == StartPoint.Kind.SINCE ? "from " + start.since() : start.kind().name().toLowerCase();
        }
    }

    /** Waits until the first partitions are assigned (and positioned); false on timeout. */
    boolean awaitAssignment(Duration timeout) throws InterruptedException {
        return assigned.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    void stop() {
        closing = true;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    Subscription subscription() {
        return subscription;
    }

    SubscriptionStats stats() {
        return new SubscriptionStats(delivered.get(), filteredOut.get(), parked.get(), unreadable.get());
    }
}
