package io.newsmon.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.ValidString;

/**
 * newsmon's settings, in the Kafka clients' style: typed keys with documented defaults. Keys that
 * do not start with {@code newsmon.} are handed to every Kafka client as they are (security
 * settings, for instance). Sources, later ones winning: defaults, a properties file, environment
 * variables ({@code NEWSMON_BOOTSTRAP_SERVERS} sets {@code bootstrap.servers},
 * {@code NEWSMON_NEWSMON_DIGEST_PERIOD} sets {@code newsmon.digest.period}), command-line options.
 */
public final class NewsmonConfig extends AbstractConfig {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String TOPIC_PARTITIONS = "newsmon.topic.partitions";
    public static final String TOPIC_REPLICATION = "newsmon.topic.replication.factor";
    public static final String APPLICATION_ID = "newsmon.streams.application.id";
    public static final String STATE_DIR = "newsmon.streams.state.dir";
    public static final String STANDBY_REPLICAS = "newsmon.streams.standby.replicas";
    public static final String NUM_STREAM_THREADS = "newsmon.streams.threads";
    public static final String PROCESSING_GUARANTEE = "newsmon.streams.processing.guarantee";
    public static final String QUERY_PORT = "newsmon.streams.query.port";
    public static final String VALUE_CHANGE_SHARE = "newsmon.detect.value.change.share";
    public static final String VALUE_MIN_AMOUNT = "newsmon.detect.value.min.amount";
    public static final String COUNT_P_VALUE = "newsmon.detect.count.p.value";
    public static final String COUNT_MIN_EVENTS = "newsmon.detect.count.min.events";
    public static final String COUNT_BASELINE_PERIODS = "newsmon.detect.count.baseline.periods";
    public static final String FIRST_YEARS = "newsmon.detect.first.years";
    public static final String DIGEST_PERIOD = "newsmon.digest.period";
    public static final String OUT_DIR = "newsmon.out.dir";
    public static final String CONSUMER_GROUP = "newsmon.consumer.group";
    public static final String PRODUCER_CLIENT_ID = "newsmon.producer.client.id";
    public static final String RELATION_MODEL = "newsmon.extract.relation.model";

    /** Environment variables with this prefix set keys (see class comment). */
    public static final String ENV_PREFIX = "NEWSMON_";

    public static final ConfigDef DEFINITION = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, Type.STRING, "", Importance.HIGH,
                    "Kafka brokers, host:port[,host:port]. Empty: the demo starts an embedded broker.")
            .define(TOPIC_PARTITIONS, Type.INT, 3, Range.atLeast(1), Importance.MEDIUM,
                    "Partitions of each topic newsmon creates.")
            .define(TOPIC_REPLICATION, Type.SHORT, (short) 1, Importance.MEDIUM,
                    "Replication factor of each topic newsmon creates (3 on a production cluster).")
            .define(APPLICATION_ID, Type.STRING, "newsmon-streams", Importance.HIGH,
                    "Kafka Streams application id; instances sharing it split the work.")
            .define(STATE_DIR, Type.STRING, System.getProperty("java.io.tmpdir") + "/newsmon-streams",
                    Importance.MEDIUM, "Where Kafka Streams keeps its local state stores.")
            .define(STANDBY_REPLICAS, Type.INT, 0, Range.atLeast(0), Importance.LOW,
                    "Standby replicas of each state store, for fast fail-over.")
            .define(NUM_STREAM_THREADS, Type.INT, 1, Range.atLeast(1), Importance.LOW,
                    "Stream threads per streams instance.")
            .define(PROCESSING_GUARANTEE, Type.STRING, "exactly_once_v2",
                    ValidString.in("exactly_once_v2", "at_least_once"), Importance.MEDIUM,
                    "Kafka Streams processing guarantee.")
            .define(QUERY_PORT, Type.INT, 0, Range.between(0, 65535), Importance.LOW,
                    "Loopback port of the read-only state query API; 0 leaves it off.")
            .define(VALUE_CHANGE_SHARE, Type.DOUBLE, 0.3, Range.between(0.0, 10.0), Importance.MEDIUM,
                    "Relative period-over-period change of trade, investment or aid that raises an alert (0.3 = 30%).")
            .define(VALUE_MIN_AMOUNT, Type.DOUBLE, 1_000_000.0, Range.atLeast(0.0), Importance.MEDIUM,
                    "Smallest absolute change (in the amount's currency units) that can raise a value alert.")
            .define(COUNT_P_VALUE, Type.DOUBLE, 0.01, Range.between(0.0, 1.0), Importance.MEDIUM,
                    "Poisson tail probability below which an event count is a spike (lower = less sensitive).")
            .define(COUNT_MIN_EVENTS, Type.INT, 3, Range.atLeast(1), Importance.MEDIUM,
                    "Fewest events in a period for a count spike to be reported.")
            .define(COUNT_BASELINE_PERIODS, Type.INT, 4, Range.atLeast(1), Importance.LOW,
                    "How many earlier periods form a count's baseline.")
            .define(FIRST_YEARS, Type.INT, 5, Range.atLeast(1), Importance.MEDIUM,
                    "An event is a 'first' when the pair had none of its kind in this many years before.")
            .define(DIGEST_PERIOD, Type.STRING, "WEEK", ValidString.in("DAY", "WEEK"), Importance.MEDIUM,
                    "Reporting period of digests (by publication date).")
            .define(OUT_DIR, Type.STRING, "out", Importance.MEDIUM,
                    "Where the consumer writes alerts.jsonl and digests/.")
            .define(CONSUMER_GROUP, Type.STRING, "newsmon-consumer", Importance.LOW,
                    "Consumer group of the alert and digest writer.")
            .define(PRODUCER_CLIENT_ID, Type.STRING, "newsmon-producer", Importance.LOW,
                    "client.id of the news producer.")
            .define(RELATION_MODEL, Type.STRING, "bundled", ValidString.in("bundled", "none"), Importance.LOW,
                    "After the extraction rules, add what the bundled relation model judges likely ('bundled'), or read with the rules alone ('none': fewer events, about 5 % faster).");

    public NewsmonConfig(Map<?, ?> originals) {
        super(DEFINITION, originals, false);
    }

    /** Settings from a properties file (may be null), then the environment, then explicit overrides. */
    public static NewsmonConfig load(Path propertiesFile, Map<String, String> environment,
                                     Map<String, ?> overrides) {
        Map<String, Object> merged = new HashMap<>();
        if (propertiesFile != null) {
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(propertiesFile)) {
                props.load(in);
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read config file " + propertiesFile + ": " + e.getMessage(), e);
            }
            props.forEach((k, v) -> merged.put(k.toString(), v));
        }
        merged.putAll(fromEnvironment(environment));
        overrides.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return new NewsmonConfig(merged);
    }

    /** NEWSMON_BOOTSTRAP_SERVERS → bootstrap.servers. */
    static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> out = new HashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                out.put(name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'), value);
            }
        });
        return out;
    }

    /** Whether the extractor adds what its relation model judges likely ({@link #RELATION_MODEL}). */
    public boolean relationModel() {
        return getString(RELATION_MODEL).equals("bundled");
    }

    public String bootstrapServers() {
        return getString(BOOTSTRAP_SERVERS);
    }

    public boolean embedded() {
        return bootstrapServers().isBlank();
    }

    /** The same settings with bootstrap.servers set (used once an embedded broker is up). */
    public NewsmonConfig withBootstrapServers(String servers) {
        Map<String, Object> copy = new HashMap<>(originals());
        copy.put(BOOTSTRAP_SERVERS, servers);
        return new NewsmonConfig(copy);
    }

    /** The same settings with one key changed. */
    public NewsmonConfig with(String key, Object value) {
        Map<String, Object> copy = new HashMap<>(originals());
        copy.put(key, value);
        return new NewsmonConfig(copy);
    }

    /** Settings for any Kafka client: bootstrap.servers plus every key outside newsmon's namespace. */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>();
        originals().forEach((k, v) -> {
            if (!k.startsWith("newsmon.")) {
                props.put(k, v);
            }
        });
        props.put(BOOTSTRAP_SERVERS, bootstrapServers());
        return props;
    }
}
