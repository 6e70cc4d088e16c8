package io.newsmon.kafka.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) inside this JVM, built
 * from Kafka's own jars: the demo's default when no {@code bootstrap.servers} is given, and the
 * broker of every integration test. Broker classes are internal Kafka APIs, so they are kept to
 * this one class and the Kafka version is pinned in the root pom.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int BIND_ATTEMPTS = 5;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final boolean ownsDataDir;
    private final String bootstrapServers;

    private EmbeddedKafkaBroker(KafkaRaftServer server, Path dataDir, boolean ownsDataDir, String bootstrapServers) {
        this.server = server;
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker with its data in a fresh temporary directory, deleted on close. */
    public static EmbeddedKafkaBroker start() {
        try {
            return start(Files.createTempDirectory("newsmon-kafka-"), true, Map.of());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data directory for the embedded broker", e);
        }
    }

    /**
     * Starts a broker.
     *
     * @param dataDir     where the broker keeps its logs and metadata
     * @param ownsDataDir delete {@code dataDir} on close
     * @param overrides   extra broker settings (e.g. {@code log.retention.ms})
     */
    public static EmbeddedKafkaBroker start(Path dataDir, boolean ownsDataDir, Map<String, String> overrides) {
        RuntimeException last = null;
        // KafkaRaftServer does not report the ports it bound, so we pick free ones and retry
        // when another process takes them between our probe and the broker's bind.
        for (int attempt = 1; attempt <= BIND_ATTEMPTS; attempt++) {
            Path attemptDir = dataDir.resolve("attempt-" + attempt);
            try {
                return startOnce(attemptDir, dataDir, ownsDataDir, overrides);
            } catch (RuntimeException e) {
                last = e;
                LOG.warn("embedded broker start attempt {} failed: {}", attempt, e.toString());
                deleteRecursively(attemptDir);
            }
        }
        throw new IllegalStateException("embedded Kafka broker did not start after " + BIND_ATTEMPTS + " attempts", last);
    }

    private static EmbeddedKafkaBroker startOnce(Path logDir, Path dataDir, boolean ownsDataDir,
                                                 Map<String, String> overrides) {
        int brokerPort = freePort();
        int controllerPort = freePort();
        String bootstrap = "127.0.0.1:" + brokerPort;

        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", "1");
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + bootstrap);
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("log.dirs", logDir.toString());
        props.put("num.partitions", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("auto.create.topics.enable", "false");
        props.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
        props.putAll(overrides);

        KafkaConfig config = KafkaConfig.fromProps(props, false);
        format(logDir);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
            awaitReady(bootstrap);
        } catch (RuntimeException e) {
            shutdownQuietly(server);
            throw e;
        }
        LOG.info("embedded Kafka broker ready at {} (data in {})", bootstrap, logDir);
        return new EmbeddedKafkaBroker(server, dataDir, ownsDataDir, bootstrap);
    }

    /** The equivalent of {@code kafka-storage format}: a new cluster id, production features. */
    private static void format(Path logDir) {
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format the embedded broker's storage in " + logDir, e);
        }
    }

    /** Ready means the broker answers an admin request, not that it logged a line. */
    private static void awaitReady(String bootstrap) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("embedded broker at " + bootstrap + " not ready in "
                                + READY_TIMEOUT.toSeconds() + " s", e);
                    }
                }
                sleep(100);
            }
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        shutdownQuietly(server);
        if (ownsDataDir) {
            deleteRecursively(dataDir);
        }
    }

    private static void shutdownQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("embedded broker shutdown: {}", e.toString());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the embedded broker", e);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", dir, e.toString());
        }
    }
}
