package io.newsmon.streams;

import io.newsmon.config.NewsmonConfig;
import io.newsmon.streams.query.StateQueryServer;
import io.newsmon.streams.topology.NewsmonTopology;
import io.newsmon.topics.TopicAdmin;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * One running instance of newsmon's streams stage. Instances with the same application id split
 * the partitions between them. Local state is kept in the state directory across restarts.
 */
public final class NewsmonStreams implements AutoCloseable {
    /** How long {@link #start()} waits for RUNNING: a first start restores and rebalances. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final NewsmonConfig config;
    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private final AtomicReference<KafkaStreams.State> failure = new AtomicReference<>();
    private StateQueryServer queryServer;

    public NewsmonStreams(NewsmonConfig config) {
        this.config = config;
        this.streams = new KafkaStreams(NewsmonTopology.build(config), properties(config));
        streams.setStateListener((next, previous) -> {
            if (next == KafkaStreams.State.RUNNING) {
                running.countDown();
            } else if (next == KafkaStreams.State.ERROR || next == KafkaStreams.State.NOT_RUNNING
                    || next == KafkaStreams.State.PENDING_ERROR) {
                failure.compareAndSet(null, next);
                running.countDown();
            }
        });
    }

    /** Kafka Streams settings: newsmon's keys mapped to Streams keys, plus every client setting. */
    public static Properties properties(NewsmonConfig config) {
        Properties props = new Properties();
        Map<String, Object> client = config.clientProperties();
        props.putAll(client);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.getString(NewsmonConfig.APPLICATION_ID));
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.getString(NewsmonConfig.STATE_DIR));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.getString(NewsmonConfig.PROCESSING_GUARANTEE));
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.getInt(NewsmonConfig.STANDBY_REPLICAS));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.getInt(NewsmonConfig.NUM_STREAM_THREADS));
        int queryPort = config.getInt(NewsmonConfig.QUERY_PORT);
        if (queryPort > 0) {
            // where other instances forward queries for the scopes this one owns
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, "127.0.0.1:" + queryPort);
        }
        props.put(StreamsConfig.DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG, RecentTimestampExtractor.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) config.getShort(NewsmonConfig.TOPIC_REPLICATION));
        return props;
    }

    /**
     * Creates missing topics, starts processing and returns once the instance is RUNNING.
     *
     * @throws IllegalStateException when it fails or is not running within {@link #START_TIMEOUT}
     */
    public void start() {
        TopicAdmin.ensureTopics(config);
        int queryPort = config.getInt(NewsmonConfig.QUERY_PORT);
        if (queryPort > 0) {
            queryServer = StateQueryServer.start(streams, queryPort);
        }
        streams.start();
        try {
            if (!running.await(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("streams not RUNNING after " + START_TIMEOUT.toSeconds()
                        + " s (state " + streams.state() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting streams", e);
        }
        KafkaStreams.State failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("streams failed to start: state " + failed);
        }
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The underlying instance, for interactive queries over the state stores. */
    public KafkaStreams kafkaStreams() {
        return streams;
    }

    /** Stops processing; local state stays in the state directory for the next start. */
    @Override
    public void close() {
        if (queryServer != null) {
            queryServer.close();
        }
        streams.close(CLOSE_TIMEOUT);
    }

    /**
     * Stops and leaves the group at once (instead of being dropped after the session timeout), so
     * its partitions move without delay, or so that {@link ApplicationReset} can run right after.
     */
    public void closeAndLeaveGroup() {
        if (queryServer != null) {
            queryServer.close();
        }
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT));
    }

    /** Deletes this instance's local state (only after {@link #close()}). */
    public void cleanUp() {
        streams.cleanUp();
    }
}
