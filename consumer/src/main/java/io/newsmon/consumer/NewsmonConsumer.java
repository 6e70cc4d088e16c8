package io.newsmon.consumer;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.consumer.digest.DigestName;
import io.newsmon.consumer.digest.DigestRenderer;
import io.newsmon.consumer.digest.DigestSite;
import io.newsmon.consumer.subscription.Subscriptions;
import io.newsmon.model.Alert;
import io.newsmon.model.Digest;
import io.newsmon.serde.JsonSerde;
import io.newsmon.serde.NewsmonSerdes;
import io.newsmon.topics.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The consumer stage: reads {@code newsmon.alerts} and {@code newsmon.digests} and writes
 * {@code <out>/alerts.jsonl} (one line per alert id) and {@code <out>/digests/} (a Markdown and an
 * HTML page per digest, latest version winning, and an index). Records it cannot read go to
 * {@code newsmon.deadletter} and consumption goes on.
 *
 * <p>Effectively once: each polled batch is written, fsynced (and its dead letters acknowledged)
 * before its offsets are committed; what a crash makes it see again is recognised by alert id and
 * digests are simply rewritten.
 */
public final class NewsmonConsumer implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(NewsmonConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);

    /** Called after a batch is written and before its offsets are committed (tests simulate a crash there). */
    interface CommitHook {
        CommitHook NONE = offsets -> { };

        void beforeCommit(Map<TopicPartition, OffsetAndMetadata> offsets);
    }

    private final NewsmonConfig config;
    private final Path outDir;
    private final Clock clock;
    private final CommitHook commitHook;
    private final SubscriptionRunner subscriptionRunner;
    private final JsonSerde<Alert> alertSerde = NewsmonSerdes.alert();
    private final JsonSerde<Digest> digestSerde = NewsmonSerdes.digest();

    private final AtomicLong alertsWritten = new AtomicLong();
    private final AtomicLong duplicatesSkipped = new AtomicLong();
    private final AtomicLong digestsWritten = new AtomicLong();
    private final AtomicLong deadLetters = new AtomicLong();

    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile boolean started;
    private volatile KafkaConsumer<String, byte[]> consumer;

    public NewsmonConsumer(NewsmonConfig config) {
        this(config, Clock.systemUTC(), CommitHook.NONE, null);
    }

    /** Also delivers the analysts' subscriptions, each in its own consumer group (see {@link SubscriptionRunner}). */
    public NewsmonConsumer(NewsmonConfig config, Subscriptions subscriptions) {
        this(config, Clock.systemUTC(), CommitHook.NONE, new SubscriptionRunner(config, subscriptions));
    }

    NewsmonConsumer(NewsmonConfig config, Clock clock, CommitHook commitHook) {
        this(config, clock, commitHook, null);
    }

    private NewsmonConsumer(NewsmonConfig config, Clock clock, CommitHook commitHook, SubscriptionRunner subscriptionRunner) {
        this.config = config;
        this.outDir = Path.of(config.getString(NewsmonConfig.OUT_DIR));
        this.clock = clock;
        this.commitHook = commitHook;
        this.subscriptionRunner = subscriptionRunner;
    }

    /** What each subscription has delivered; empty without subscriptions. */
    public Map<String, SubscriptionStats> subscriptionStats() {
        return subscriptionRunner == null ? Map.of() : subscriptionRunner.stats();
    }

    /** Polls until {@link #close()} is called from another thread. */
    @Override
    public void run() {
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("this consumer is already running");
            }
            started = true;
            if (closing) {
                finished.countDown();
                return;
            }
        }
        Thread subscriptions = null;
        if (subscriptionRunner != null) {
            subscriptions = new Thread(subscriptionRunner, "newsmon-subscriptions");
            subscriptions.start();
        }
        try {
            writeOutputs();
        } finally {
            if (subscriptionRunner != null) {
                subscriptionRunner.close();
                join(subscriptions);
            }
            finished.countDown();
        }
    }

    private void writeOutputs() {
        String group = config.getString(NewsmonConfig.CONSUMER_GROUP);
        try (KafkaConsumer<String, byte[]> kafka = new KafkaConsumer<>(consumerProperties(group),
                     new StringDeserializer(), new ByteArrayDeserializer());
             DeadLetterPublisher deadLetterPublisher = new DeadLetterPublisher(config, group + "-deadletter", clock);
             AlertLog alertLog = AlertLog.open(outDir.resolve("alerts.jsonl"))) {
            this.consumer = kafka;
            DigestSite site = new DigestSite(outDir.resolve("digests"), new DigestRenderer());
            site.writeIndex();
            kafka.subscribe(List.of(Topics.ALERTS.name(), Topics.DIGESTS.name()));
            LOG.info("consumer group {} writing to {}", group, outDir.toAbsolutePath());
            while (!closing) {
                ConsumerRecords<String, byte[]> records = kafka.poll(POLL);
                if (!records.isEmpty()) {
                    writeBatch(records, alertLog, site, deadLetterPublisher);
                    commit(kafka, nextOffsets(records));
                }
            }
        } catch (WakeupException e) {
            if (!closing) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("consumer stage cannot write to " + outDir, e);
        } finally {
            consumer = null;
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeBatch(ConsumerRecords<String, byte[]> records, AlertLog alertLog, DigestSite site,
                            DeadLetterPublisher deadLetterPublisher) throws IOException {
        // the digests topic is compacted on id: within a batch only the last version of an id counts
        Map<String, ConsumerRecord<String, byte[]>> latestDigests = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.topic().equals(Topics.ALERTS.name())) {
                writeAlert(record, alertLog, deadLetterPublisher);
            } else {
                latestDigests.put(record.key() == null ? DeadLetterPublisher.originOf(record) : record.key(), record);
            }
        }
        boolean indexChanged = false;
        for (ConsumerRecord<String, byte[]> record : latestDigests.values()) {
            indexChanged |= writeDigest(record, site, deadLetterPublisher);
        }
        alertLog.sync();
        if (indexChanged) {
            site.writeIndex();
        }
        deadLetterPublisher.confirm();
    }

    private void writeAlert(ConsumerRecord<String, byte[]> record, AlertLog alertLog, DeadLetterPublisher deadLetterPublisher)
            throws IOException {
        if (record.value() == null) {
            return; // a tombstone: alerts.jsonl is an append-only history
        }
        Alert alert;
        try {
            alert = alertSerde.deserialize(record.topic(), record.value());
        } catch (SerializationException e) {
            park(deadLetterPublisher, record, e.getMessage());
            return;
        }
        if (alertLog.append(alert)) {
            alertsWritten.incrementAndGet();
        } else {
            duplicatesSkipped.incrementAndGet();
        }
    }

    /** True when the set of digest pages may have changed. */
    private boolean writeDigest(ConsumerRecord<String, byte[]> record, DigestSite site, DeadLetterPublisher deadLetterPublisher)
            throws IOException {
        if (record.value() == null) {
            try {
                site.remove(DigestName.ofId(record.key()));
                return true;
            } catch (IllegalArgumentException e) {
                park(deadLetterPublisher, record, "tombstone with an invalid digest id: " + e.getMessage());
                return false;
            }
        }
        try {
            Digest digest = digestSerde.deserialize(record.topic(), record.value());
            site.publish(digest);
            digestsWritten.incrementAndGet();
            return true;
        } catch (SerializationException e) {
            park(deadLetterPublisher, record, e.getMessage());
        } catch (IllegalArgumentException e) {
            park(deadLetterPublisher, record, "digest rejected: " + e.getMessage());
        }
        return false;
    }

    private void park(DeadLetterPublisher deadLetterPublisher, ConsumerRecord<String, byte[]> record, String reason) {
        LOG.warn("parking {} on {}: {}", DeadLetterPublisher.originOf(record), Topics.DEAD_LETTER.name(), reason);
        deadLetterPublisher.park(record, reason);
        deadLetters.incrementAndGet();
    }

    private void commit(KafkaConsumer<String, byte[]> kafka, Map<TopicPartition, OffsetAndMetadata> offsets) {
        commitHook.beforeCommit(offsets);
        try {
            kafka.commitSync(offsets);
        } catch (WakeupException e) {
            // close() arrived mid-batch: the batch is on disk, so finish its commit before stopping
            kafka.commitSync(offsets);
        }
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> inPartition = records.records(partition);
            offsets.put(partition, new OffsetAndMetadata(inPartition.get(inPartition.size() - 1).offset() + 1));
        }
        return offsets;
    }

    private Map<String, Object> consumerProperties(String group) {
        Map<String, Object> props = config.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, group);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // the streams stage writes with exactly-once transactions: never read aborted output
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return props;
    }

    /** Stops {@link #run()} and waits for it to finish its batch and close its clients. */
    @Override
    public void close() {
        synchronized (this) {
            closing = true;
            if (!started) {
                return;
            }
        }
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        try {
            finished.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public DeliveryStats stats() {
        return new DeliveryStats(alertsWritten.get(), duplicatesSkipped.get(), digestsWritten.get(), deadLetters.get());
    }
}
